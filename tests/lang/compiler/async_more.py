# More async: async generators, try/finally in coroutines, async with errors
class Sleep:
    def __await__(self):
        yield 'tick'

def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return steps, e.value

async def with_finally():
    try:
        await Sleep()
        return 'body'
    finally:
        print('coroutine finally')
print(run(with_finally()))

async def agen(n):
    try:
        for i in range(n):
            await Sleep()
            yield i
    finally:
        print('agen finally')

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(consume()))

async def consume_partial():
    ag = agen(5)
    first = await ag.__anext__()
    second = await ag.__anext__()
    await ag.aclose()
    return first, second
print(run(consume_partial()))

class BadEnter:
    async def __aenter__(self):
        raise KeyError('enter failed')
    async def __aexit__(self, *a):
        print('not called')
async def bad_enter():
    try:
        async with BadEnter():
            pass
    except KeyError as e:
        return 'caught ' + str(e)
print(run(bad_enter()))

class Tracking:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('enter', self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
async def multi_with():
    async with Tracking('a') as a, Tracking('b') as b:
        raise ValueError(a + b)
try:
    run(multi_with())
except ValueError as e:
    print('propagated', e)

async def await_in_except():
    try:
        raise KeyError('k')
    except KeyError:
        await Sleep()
        return 'awaited in except'
print(run(await_in_except()))

async def async_comp_nested():
    return [[i async for i in agen(j)] for j in range(3)]
print(run(async_comp_nested()))

async def gather_like(*coros):
    results = []
    for c in coros:
        results.append(await c)
    return results
async def val(v):
    await Sleep()
    return v
print(run(gather_like(val(1), val(2), val(3))))

async def agen_send():
    got = yield 'first'
    yield 'got ' + str(got)
async def drive():
    g = agen_send()
    a = await g.asend(None)
    b = await g.asend('X')
    return a, b
print(run(drive()))

def not_a_coroutine_await():
    async def f():
        await 5
    try:
        run(f())
    except TypeError as e:
        print(type(e).__name__, e)
not_a_coroutine_await()
