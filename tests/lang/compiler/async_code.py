# async code driven by coro.send(None)
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ('suspend', self.v)
        return (self.v, got)

def run(coro):
    trace = []
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            return trace, e.value
        trace.append(y)
        value = 'resumed%d' % len(trace)

async def simple():
    return 42

print(run(simple()))

async def awaits():
    a = await Awaitable(1)
    b = await Awaitable(2)
    return a, b
print(run(awaits()))

async def nested():
    r = await awaits()
    return ('nested', r)
print(run(nested()))

class ACM:
    async def __aenter__(self):
        print('aenter')
        await Awaitable('enter')
        return 'ctx'
    async def __aexit__(self, t, v, tb):
        print('aexit', t.__name__ if t else None)
        return True

async def use_acm():
    async with ACM() as c:
        print('inside', c)
        raise ValueError('suppressed by aexit')
    return 'after'
print(run(use_acm()))

class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Awaitable('tick')
        return self.i

async def use_aiter():
    out = []
    async for v in AIter(3):
        out.append(v)
    else:
        out.append('else')
    return out
print(run(use_aiter()))

async def async_comp():
    return [v async for v in AIter(2)], [await Awaitable(i) for i in range(2)]
print(run(async_comp()))

async def agen():
    yield 1
    await Awaitable('in agen')
    yield 2

async def use_agen():
    out = []
    async for v in agen():
        out.append(v)
    return out
print(run(use_agen()))

async def break_in_async_for():
    out = []
    async for v in AIter(5):
        if v == 2:
            break
        out.append(v)
    return out
print(run(break_in_async_for()))

async def exc_in_coro():
    try:
        await Awaitable('x')
        raise KeyError('k')
    except KeyError as e:
        return 'caught ' + repr(e)
print(run(exc_in_coro()))

c = simple()
print(type(c).__name__)
c.close()

async def return_in_async_with():
    async with ACM():
        return 'returned'
print(run(return_in_async_with()))

async def agen_expr():
    g = (v * 10 async for v in AIter(3))
    return [x async for x in g]
print(run(agen_expr()))
