# aiter() and anext(), driven by hand (no event loop).
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended')
class AIt:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    it = aiter(AIt(2))
    out = [await anext(it), await anext(it)]
    out.append(await anext(it, 'default'))
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append('stop')
    return out
print(run(main()))
async def agen():
    yield 'a'
    yield 'b'
async def main2():
    g = agen()
    return [await anext(g), await anext(g), await anext(g, 'end')]
print(run(main2()))
async def main3():
    r = []
    async for x in AIt(3):
        r.append(x)
    return r
print(run(main3()))
for bad in (lambda: aiter(1), lambda: anext(1), lambda: anext()):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
class NoANext:
    def __aiter__(self):
        return 5
try:
    aiter(NoANext())
except TypeError as e:
    print('TypeError', e)
