# The traceback text of sys.excepthook, captured by replacing sys.stderr
# (file paths reduced to their base name).
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
def show(fn):
    try:
        fn()
    except BaseException as e:
        cap = Capture()
        old = sys.stderr
        sys.stderr = cap
        try:
            sys.excepthook(type(e), e, e.__traceback__)
        finally:
            sys.stderr = old
        for line in ''.join(cap.parts).splitlines():
            if 'File "' in line:
                head, _, rest = line.partition('File "')
                path, _, tail = rest.partition('"')
                line = head + 'File "' + path.rsplit('/', 1)[-1] + '"' + tail
            print(line)
        print('-----')
def divide(a, b):
    return a / b
def lookup(d):
    return d['missing'] + 1
def attr(o):
    return o.nope
def call_chain():
    return divide(1, 0)
def concat():
    x = "abc"
    return x + 1
def index_it(seq):
    value = seq[10]
    return value
def nested_call():
    return len(lookup({}))
def multiline():
    return divide(
        1,
        0)
show(lambda: divide(1, 0))
show(call_chain)
show(lambda: lookup({}))
show(lambda: attr(5))
show(concat)
show(lambda: index_it([1, 2]))
show(nested_call)
show(multiline)
def chained():
    try:
        lookup({})
    except KeyError:
        return divide(2, 0)
show(chained)
def caused():
    try:
        divide(1, 0)
    except ZeroDivisionError as z:
        e = ValueError('wrapped')
        e.__cause__ = z
        e.add_note('extra note')
        return e
show(lambda: (_ for _ in ()).throw(caused()))
def recurse(n):
    return recurse(n + 1) if n < 50 else divide(n, 0)
show(lambda: recurse(0))
show(lambda: sys.excepthook(1, 2, 3))
eg = ExceptionGroup('grp', [ValueError('a'), ExceptionGroup('sub', [KeyError('k')])])
show(lambda: (_ for _ in ()).throw(eg))
