# compile(): modes, filenames, errors, running the result.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
c = compile('x = 5\ny = x * 2', 'file.py', 'exec')
print(type(c).__name__, c.co_filename, c.co_name)
ns = {}
exec(c, ns)
print(ns['y'])
e = compile('1 + 1', '<expr>', 'eval')
print(eval(e), e.co_filename)
s = compile('print("single")', '<s>', 'single')
exec(s)
t(lambda: compile('1', 'f', 'bad'))
t(lambda: compile(1, 'f', 'exec'))
t(lambda: compile('1', 2, 'exec'))
t(lambda: compile('x = = 1', 'bad.py', 'exec'))
t(lambda: compile('1 +', 'bad.py', 'eval'))
t(lambda: compile('a = 1\nb = 2', 'f', 'eval'))
t(lambda: compile('a\x00', 'f', 'exec'))
t(lambda: compile(b'z = 3', 'f', 'exec').co_filename)
t(lambda: compile('x', 'f', 'exec', dont_inherit=True).co_filename)
t(lambda: compile(source='1', filename='kw', mode='eval').co_filename)
t(lambda: compile('1', 'f'))
try:
    compile('def f():\n  return 1\n return 2', 'indent.py', 'exec')
except SyntaxError as err:
    print(type(err).__name__, err.filename, err.lineno)
try:
    compile('return 1', 'ret.py', 'exec')
except SyntaxError as err:
    print(err.msg, err.lineno)
