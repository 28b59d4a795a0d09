# How sys.excepthook shows SyntaxErrors (location block, caret line).
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
def show(e):
    cap = Capture()
    old = sys.stderr
    sys.stderr = cap
    try:
        sys.excepthook(type(e), e, None)
    finally:
        sys.stderr = old
    print(''.join(cap.parts), end='')
    print('-----')
show(SyntaxError('invalid syntax', ('prog.py', 3, 5, 'x = = 1\n', 3, 6)))
show(SyntaxError('bad', ('prog.py', 1, 1, '    indented text\n', 1, 5)))
show(SyntaxError('long range', ('prog.py', 2, 3, 'abcdefgh\n', 2, 7)))
show(SyntaxError('multi line', ('prog.py', 2, 3, 'abcdefgh\n', 4, 2)))
show(SyntaxError('no offset', ('prog.py', 7, None, 'some code\n')))
show(SyntaxError('no text', ('prog.py', 7, 3, None)))
show(SyntaxError('no location'))
show(SyntaxError('file only', ('prog.py', None, None, None)))
show(SyntaxError('', ('prog.py', 1, 1, 'x\n')))
show(SyntaxError('offset past end', ('prog.py', 1, 40, 'short\n', 1, 50)))
show(IndentationError('unexpected indent', ('prog.py', 2, 4, '   y = 2\n', 2, -1)))
show(SyntaxError('tabs', ('prog.py', 1, 4, '\tx\t= 1\n', 1, 5)))
for src in ['x = (', 'a b c', 'def f(:\n  pass', '1 +\n']:
    try:
        compile(src, 'made.py', 'exec')
    except SyntaxError as e:
        show(e.with_traceback(None))
