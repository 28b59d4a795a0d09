# Assorted semantics: super in lambdas/generators/coroutines, nonlocal in class, cells of kw-only/varargs
class A:
    def m(self): return 'A'
class B(A):
    m2 = lambda self: super().m() + 'B'
    def gen(self):
        yield super().m()
    async def co(self):
        return super().m()
print(B().m2(), list(B().gen()))
c = B().co()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
def f():
    x = 1
    class C:
        nonlocal x
        x = 2
        y = x
    return x, C.y
print(f())
def g():
    a = [lambda: i for i in range(3)]
    return [h() for h in a]
print(g())
x = 10
class D:
    x = 20
    l = [x for _ in range(2)]
    m = (lambda: x)()
print(D.l, D.m)
def h(*, a, b=2, **k): return a, b, k
print(h(a=1, c=3), h(**{'a': 5, 'b': 6}))
def outer():
    def inner():
        nonlocal v
        v += 1
        return v
    v = 0
    return inner(), inner()
print(outer())
try:
    exec("def bad():\n    return x\n    global x\n")
except SyntaxError as e:
    print(e.msg)
print([(a, b) for a in range(3) if a for b in range(a) if b])
print({**{'a': 1}, 'b': 2, **{'a': 3}})
def kwonly_cells(*, k):
    return lambda: k
print(kwonly_cells(k=9)())
def varargs_cell(*args, **kw):
    return (lambda: (args, kw))()
print(varargs_cell(1, 2, z=3))
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o): return self.v == o.v
    __hash__ = object.__hash__
print(E(1) == E(1), E(1) != E(2))
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print('w', i)
else:
    print('done')
print(*(x for x in 'ab'), sep='|')
a = b = c = []
a.append(1)
print(b, c is a)
s = 0
for i in range(10):
    s += i if i % 2 else -i
print(s)
print(type((x for x in ())).__name__)
