class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield 'suspend'
        return self.v
class AIter:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
class ACtx:
    async def __aenter__(self): print('enter'); return 'ctx'
    async def __aexit__(self, *a): print('exit'); return False
async def main():
    x = await Awaitable(5)
    out = []
    async for i in AIter(3):
        out.append(i)
    async with ACtx() as c, ACtx():
        print('inside', c)
    r = [i async for i in AIter(2)]
    g = [await Awaitable(k) for k in range(2)]
    return x, out, r, g
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
async def agen():
    yield 1
    yield 2
async def use():
    return [x async for x in agen()]
print(run(use()))
async def nested():
    async def inner(): return 'inner'
    return await inner()
print(run(nested()))
c = main(); print(type(c).__name__); c.close()
