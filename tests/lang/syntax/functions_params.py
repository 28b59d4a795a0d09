def f(a, b=1, *c, d, e=2, **f) -> int:
    return (a, b, c, d, e, f)
print(f(0, d=3), f(0, 1, 2, 3, d=4, z=5))
def g(a, /, b, *, c): return a, b, c
print(g(1, 2, c=3), g(1, b=2, c=3))
try: g(a=1, b=2, c=3)
except TypeError as e: print('TypeError', e)
def h(a=1, /, b=2, *, c): return a, b, c
print(h(c=0), h(5, c=0), h(5, 6, c=0))
def k(*, a=1, b): return a, b
print(k(b=2))
def m(*args: int, **kw: str): return args, kw
print(m(1, 2, x='y'), m.__annotations__)
def n(a: int = 1, *, b: str = 'x') -> None: pass
print(n.__annotations__, n.__defaults__, n.__kwdefaults__)
def o(
    a,
    b,
):
    return a + b
print(o(1, 2))
def p(a, b, /): return a - b
print(p(5, 3))
def q(*, x): return x
print(q(x='kwonly'))
def r(a, *args, b=5, **kw): return a, args, b, kw
print(r(1, 2, 3, b=4, c=5))
def defaults(a=[]): return a
print(defaults() is defaults())
def outer():
    def inner(x=1): return x
    return inner
print(outer()(), outer()(2))
def ann(x: 'str' = 'y') -> 'ret': return x
print(ann.__annotations__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, g.__code__.co_posonlyargcount)
