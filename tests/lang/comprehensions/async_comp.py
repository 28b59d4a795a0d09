# await and async for inside comprehensions of async functions (inlined),
# and the SyntaxErrors outside them.
import asyncio, traceback

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def fail(x):
    await asyncio.sleep(0)
    if x == 2:
        raise ValueError('async fail %d' % x)
    return x

async def main():
    x = 'outer'
    a = [await double(x) for x in range(3)]
    b = [x async for x in agen(3)]
    c = {x: await double(x) async for x in agen(3)}
    d = [[y async for y in agen(x)] for x in range(3)]
    e = [x for x in [await double(5)]]
    s = {await double(v) for v in range(3)}
    g = (await double(v) for v in range(2))
    gl = [v async for v in g]
    print(a, b, c, d, e, sorted(s), gl, x)
    try:
        [await fail(x) for x in range(4)]
    except ValueError as err:
        print(type(err).__name__, err, x)
        print([f.name for f in traceback.extract_tb(err.__traceback__)])
    try:
        [v async for v in agen(3) if await fail(v)]
    except ValueError as err:
        print(type(err).__name__, err)
    try:
        [v async for v in 5]
    except TypeError as err:
        print(type(err).__name__, err)
    nested = [await double(i) for i in [await double(j) for j in range(2)]]
    print(nested)
    loc = [sorted(locals()) for _ in range(1)]
    print(loc)
    fs = [lambda: v async for v in agen(2)]
    print([f() for f in fs])
    return 'done'

print(asyncio.run(main()))

async def in_async_gen():
    for k in range(2):
        yield [await double(k) for _ in range(2)]

async def collect():
    return [v async for v in in_async_gen()]

print(asyncio.run(collect()))

for src in [
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "def f():\n    return [[y async for y in x] for x in z]\n",
    "def f():\n    return ([y async for y in x] for x in z)\n",
    "[x async for x in y]\n",
    "class C:\n    [x async for x in y]\n",
    "async def f():\n    class C:\n        [x async for x in y]\n",
    "async def f():\n    return [(lambda: [y async for y in x]) for x in z]\n",
    "async def f():\n    return [[y async for y in x] for x in z]\n",
    "async def f():\n    return {k: await v for k, v in z}\n",
]:
    try:
        compile(src, "<async>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e)
