sq = lambda x: x * x
print(sq(7), (lambda: "const")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda a, b=2, *, c=3: (a, b, c))(1, c=4))
print(list(map(lambda p: p[0] + p[1], [(1, 2), (3, 4)])))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
Y = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
print((lambda: (yield 1))().__next__())
cond = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print(cond(1), cond(-1), cond(0))
print((lambda x, /, y: x - y)(5, y=3))
try:
    (lambda x, /: x)(x=1)
except TypeError as e:
    print("TypeError", e)
nested = lambda a: lambda b: lambda c: a + b + c
print(nested(1)(2)(3))
print((lambda: __name__)())
