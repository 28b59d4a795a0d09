x: int
y: int = 5
(z): str = 'z'
class C:
    a: int
    b: str = 'b'
    c: 'forward' = None
    def m(self, v: int) -> 'C': return self
print(y, z, C.b, C.__annotations__)
print(__annotations__)
d = {}
d['k']: int = 3
print(d)
class O: pass
o = O()
o.attr: float = 1.5
print(o.attr)
def f(a: int, b: 'str' = 'x', *args: tuple, c: list = None, **kw: dict) -> bool: pass
print(f.__annotations__)
lst: list[int] = [1]
t: tuple[int, ...] = (1,)
print(lst, t)
def g():
    local: int = 5
    unassigned: str
    return local
print(g())
