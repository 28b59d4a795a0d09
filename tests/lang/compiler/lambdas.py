# lambda expressions
f = lambda: 'no args'
print(f())
add = lambda a, b=10, *rest, k=1, **kw: (a + b, rest, k, kw)
print(add(1), add(1, 2, 3, k=4, z=5))
print((lambda *, k: k)(k='kwonly'))
print((lambda a, /, b: a - b)(10, b=3))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(list(map(lambda s: s.upper(), ['a', 'b'])))
print(sorted([(1, 'b'), (2, 'a')], key=lambda p: p[1]))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
y = 'global y'
def scope():
    y = 'local y'
    return (lambda: y)()
print(scope())
print((lambda: (yield 1))().__class__.__name__)
rec = lambda n: 1 if n == 0 else n * rec(n - 1)
print(rec(5))
print(f.__name__, f.__qualname__, (lambda: 0).__code__.co_name)
class C:
    m = lambda self: 'method lambda'
    s = staticmethod(lambda: 'static lambda')
print(C().m(), C.s())
nested = lambda a: lambda b: lambda c: a + b + c
print(nested(1)(2)(3))
print((lambda x: (x, x := x + 1, x))(1))
print(f.__doc__)
