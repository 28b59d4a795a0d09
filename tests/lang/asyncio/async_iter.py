import asyncio

async def ticker(n, d=0.001):
    for i in range(n):
        await asyncio.sleep(d)
        yield i

class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i - 1

class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    async def __aenter__(self):
        await asyncio.sleep(0)
        self.log.append(f"open {self.name}")
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        self.log.append(f"close {self.name} {et.__name__ if et else None}")
        return et is KeyError

async def main():
    print([i async for i in ticker(5)])
    print([i async for i in AsyncRange(4)])
    total = 0
    async for i in ticker(4):
        total += i
    print(total)
    log = []
    async with Resource("a", log) as r, Resource("b", log):
        log.append(f"body {r.name}")
    async with Resource("c", log):
        raise KeyError("swallowed")
    try:
        async with Resource("d", log):
            raise ValueError("passes")
    except ValueError:
        log.append("ValueError out")
    print(log)

    # async generator with asend/athrow/aclose driven by tasks
    async def echo():
        received = []
        try:
            while True:
                v = yield len(received)
                received.append(v)
        except GeneratorExit:
            print("echo closed with", received)
            raise
    g = echo()
    print(await g.asend(None), await g.asend("x"), await g.asend("y"))
    await g.aclose()

    async def catcher():
        try:
            yield 1
        except ValueError as e:
            yield f"caught {e}"
    g = catcher()
    print(await g.__anext__())
    print(await g.athrow(ValueError("v")))
    await g.aclose()

    # concurrently consuming generators
    async def collect(n):
        return [x async for x in ticker(n, 0.002)]
    print(await asyncio.gather(collect(3), collect(2), collect(4)))

    # async comprehension with condition and await
    async def double(x):
        await asyncio.sleep(0)
        return x * 2
    print([await double(x) async for x in ticker(6) if x % 2])
    print({x: await double(x) for x in range(3)})

    # break out of async for, then close explicitly
    g = ticker(100)
    async for x in g:
        if x == 2:
            break
    await g.aclose()
    print("broke at", x)

    # cancellation while awaiting inside async for
    async def consume_forever():
        try:
            async for x in ticker(10**6, 0.01):
                pass
        except asyncio.CancelledError:
            print("consumer cancelled")
            raise
    t = asyncio.create_task(consume_forever())
    await asyncio.sleep(0.03)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("done", t.cancelled())

asyncio.run(main())
