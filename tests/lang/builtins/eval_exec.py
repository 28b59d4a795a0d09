# eval() and exec(): namespaces, __builtins__, code objects, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: eval('1 + 2'))
t(lambda: eval('  x * 2', {'x': 21}))
t(lambda: eval('x', {'x': 1}, {'x': 2}))
t(lambda: eval('y', {}, {'y': 3}))
g = {}
t(lambda: eval('len("abc")', g))
t(lambda: '__builtins__' in g)
t(lambda: eval(b'40 + 2'))
t(lambda: eval(compile('6 * 7', '<c>', 'eval')))
t(lambda: eval('x = 1'))
t(lambda: eval(''))
t(lambda: eval(1))
t(lambda: eval('x', 1))
t(lambda: eval('x', {}, 1))
t(lambda: eval('undefined_name'))
ns = {}
t(lambda: exec('a = 1\nb = a + 1', ns))
t(lambda: (ns['a'], ns['b']))
t(lambda: exec('print("exec output", c)', {'c': 5}))
loc = {}
t(lambda: exec('z = 10', {}, loc))
t(lambda: loc)
t(lambda: exec(compile('w = 3', '<c>', 'exec'), ns))
t(lambda: ns['w'])
t(lambda: exec('1', []))
t(lambda: exec('1', {}, 5))
t(lambda: exec(5))
t(lambda: exec('def f(): return 99\nr = f()', ns))
t(lambda: ns['r'])
t(lambda: exec('raise ValueError("inside exec")'))
t(lambda: eval('(lambda q: q + 1)(1)'))
x = 'module x'
def scope():
    y = 'local y'
    return eval('x + " / " + y')
t(scope)
t(lambda: exec('import sys as _s; got = _s.platform', ns) or ns['got'])
t(lambda: eval('__name__', {'__name__': 'custom'}))
t(lambda: eval('a b'))
t(lambda: exec('x = ('))
