# positions of every kind of node (dump with include_attributes) for a program using all of them
import ast

src = '''\
from os import path as p, sep
import sys as s
@deco(arg=1)
async def f[T: int, *Ts, **P](a, /, b: int = 1, *args, c, d=2, **kw) -> "T":
    global g
    async with ctx() as (x, y):
        async for i in aiter():
            await i
    try:
        raise E from None
    except* (A, B) as eg:
        pass
    return [z async for z in q if z], {k: v for k, v in w}, {e for e in r}, (t for t in u)
class C(Base, metaclass=M):
    x: int = 0
    def m(self):
        nonlocal_name = lambda q, *, r=3: q
        del self.x, nonlocal_name
        assert self, "msg"
        while False:
            break
        else:
            continue
match cmd:
    case [1, *rest] if rest:
        pass
    case {"k": v, **others}:
        pass
    case Point(x=0) | Point(y=0) as pt:
        pass
    case None | True:
        pass
type Alias[K] = dict[K, list[K]]
s = f"{x!r:>{width}} and {y=}"
n = a if b else c
m = not a and b or c
o = x[1:2:3], x[...], -y ** 2
with open("f") as fh, lock:
    fh += 1
'''
tree = ast.parse(src)
for node in tree.body:
    print(ast.dump(node, include_attributes=True))
kinds = sorted({type(n).__name__ for n in ast.walk(tree)})
print(len(kinds), kinds)
