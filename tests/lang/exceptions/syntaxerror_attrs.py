# SyntaxError attributes and str(), built by hand and by compile().
e = SyntaxError('msg', ('file.py', 3, 5, 'text line\n', 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e), repr(e.args))
print(str(SyntaxError('m', ('/a/b/c.py', 1, 2, 't'))))
print(str(SyntaxError('m')), SyntaxError('m').lineno, SyntaxError().msg)
print(str(SyntaxError('m', (None, 4, 1, None))))
print(str(SyntaxError('m', ('f', None, 1, None))))
print(IndentationError('x').msg, TabError('y').args)
for src in ['x = (', 'def f(:\n  pass', '1 +', 'a b', 'return 5', 'if True:\nprint(1)',
            'x = 1 +* 2', 'f(**x, *y)', 'del 1', '  x = 1']:
    try:
        compile(src, '<test>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.filename, e.lineno, e.offset)
try:
    eval('1 +')
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg)
try:
    exec('for')
except SyntaxError as e:
    print(type(e).__name__, e.filename)
