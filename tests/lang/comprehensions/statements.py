# Comprehensions inside except handlers, with blocks, match cases, loops,
# decorators, async generators and generators.
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        r = [type(e).__name__ for _ in range(2)]
        r2 = [e for e in range(2)]
        return r, r2, type(e).__name__
print(f())
def g():
    import contextlib
    with contextlib.nullcontext(5) as v:
        r = [v * i for i in range(3)]
        r2 = [v for v in 'ab']
    return r, r2, v
print(g())
def h(p):
    match p:
        case [a, b]:
            return [a + b + i for i in range(2)], [a for a in 'xy'], a
print(h([1, 2]))
def loop():
    out = []
    for i in range(3):
        while True:
            out.append([i for i in range(i)])
            break
        else:
            pass
    return out, i
print(loop())
def deco_chain():
    def d(x):
        return lambda f: f
    @d([i for i in range(2)])
    @d({k: k for k in 'a'})
    def inner(): return 1
    return inner()
print(deco_chain())
async def agen():
    for i in range(3):
        yield [j async for j in other(i)]
async def other(n):
    for i in range(n):
        yield i
import asyncio
async def main():
    return [x async for x in agen()]
print(asyncio.run(main()))
def gen_send():
    x = 'x'
    got = yield [x for x in range(2)]
    yield got, x
g = gen_send()
print(next(g), g.send('s'))
