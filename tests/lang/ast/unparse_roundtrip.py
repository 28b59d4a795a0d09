# parse -> unparse -> parse gives the same tree for a corpus of programs
import ast

PROGRAMS = [
'''
import functools
from collections import defaultdict as dd

CONST: int = 10

@functools.lru_cache(maxsize=None)
def fib(n: int) -> int:
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class Graph:
    def __init__(self):
        self.edges = dd(list)

    def add(self, a, b, *, both=True):
        self.edges[a].append(b)
        if both:
            self.add(b, a, both=False)

    def walk(self, start):
        seen, todo = set(), [start]
        while todo:
            node = todo.pop()
            if node in seen:
                continue
            seen.add(node)
            yield node
            todo.extend(n for n in self.edges[node] if n not in seen)

g = Graph()
for a, b in [(1, 2), (2, 3), (3, 1), (3, 4)]:
    g.add(a, b)
print(sorted(g.walk(1)), fib(20))
''',
'''
def gen(n):
    total = 0
    for i in range(n):
        total += (yield i ** 2) or 0
    return total

def deco(tag):
    def wrap(f):
        def inner(*a, **k):
            try:
                return f"{tag}:{f(*a, **k)!r}"
            except (ValueError, TypeError) as exc:
                return f"{tag}:error {exc}"
            finally:
                pass
        return inner
    return wrap

@deco("T")
def parse_int(s):
    return int(s, base=0)

print(parse_int("0x1f"), parse_int("zz"))
data = {k: [v * 2 for v in range(k) if v % 2 or not v] for k in (1, 3, 5)}
print(data, [x for x in gen(4)])
lam = lambda x, *ys, z=3, **kw: (x, ys, z, kw)
print(lam(1, 2, z=4, w=5))
print(-2 ** 2, (-2) ** 2, not 1 == 2, 1 if 0 else 2 if 1 else 3)
x = [1, 2, 3]
x[1:] = x[:-1][::-1]
print(x, x[0], *x, sep=", ")
''',
'''
import asyncio

async def worker(q, results):
    while True:
        item = await q.get()
        if item is None:
            break
        async with Lock() as lk:
            results.append(item * 2)

class Lock:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False

async def main():
    q = asyncio.Queue()
    res = []
    for i in range(5):
        q.put_nowait(i)
    q.put_nowait(None)
    await worker(q, res)
    return [r async for r in agen(res)]

async def agen(items):
    for i in items:
        yield i

print(asyncio.run(main()))
''',
'''
def classify(v):
    match v:
        case 0 | 1:
            return "small"
        case int(n) if n < 0:
            return "negative"
        case [x, y, *rest]:
            return f"seq {x} {y} {len(rest)}"
        case {"type": "point", "x": px, **others}:
            return f"point {px} {others}"
        case str() as s:
            return "str " + s
        case _:
            return "other"

for v in [0, -5, [1, 2, 3, 4], {"type": "point", "x": 1, "y": 2}, "hi", 3.5]:
    print(classify(v))

type Pair[T] = tuple[T, T]
def first[T](p: tuple[T, T]) -> T:
    return p[0]
print(first((1, 2)))
with open(__file__) as f1, open(__file__) as f2:
    pass
global_var = 1
def use():
    global global_var
    global_var += 1
    return global_var
print(use())
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("value", len(eg.exceptions))
except* TypeError:
    print("type")
''',
]
for i, src in enumerate(PROGRAMS):
    t1 = ast.parse(src)
    text = ast.unparse(t1)
    t2 = ast.parse(text)
    print('program', i, ast.dump(t1) == ast.dump(t2), ast.unparse(t2) == text)
    print(text)
    print('=' * 20)
    ns = {'__file__': __file__, '__name__': '__rt__'}
    exec(compile(t2, '<rt%d>' % i, 'exec'), ns)
