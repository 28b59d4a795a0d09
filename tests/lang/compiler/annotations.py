# Annotations (3.13: evaluated eagerly)
x: int = 5
y: 'str'
print(__annotations__)
print(x)
try:
    y
except NameError as e:
    print(type(e).__name__, e)

class C:
    a: int
    b: str = 'bee'
    c: list = []
    def m(self) -> None:
        z: float = 1.0
        return z
print(C.__annotations__)
print(C.b, hasattr(C, 'a'))
print(C().m())

def f(a: int, b: 'B' = 1, *args: tuple, c: float = 2.0, **kw: dict) -> bool:
    local: int = 3
    return local
print(f.__annotations__)
print(f(0))

def g():
    pass
print(g.__annotations__)

log = []
def ann(v):
    log.append(v)
    return v
def h(p: ann('p')) -> ann('ret'):
    pass
print(log)

class D:
    x: ann('class-level') = 1
    (y): int = 2
print(log, D.__annotations__, D.y)

obj = type('O', (), {})()
obj.attr: int = 5
print(obj.attr)
dd = {}
dd['k']: str = 'v'
print(dd)

for i in range(2):
    if i:
        nested_ann: int = i
print(__annotations__)
