class Yield:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return (yield self.v)

def run(coro):
    out = []
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send(None)
    except StopIteration as e:
        out.append(("result", e.value))
    return out

async def agen(n):
    for i in range(n):
        await Yield(("tick", i))
        yield i

async def consume():
    res = []
    async for v in agen(3):
        res.append(v)
    return res
print(run(consume()))

a = agen(2)
print(type(a).__name__, a.__name__, a.ag_running, a.ag_code.co_name)
print(a.__aiter__() is a)

# drive __anext__ by hand
an = a.__anext__()
print(type(an).__name__)
print(an.send(None))
try:
    an.send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    an.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

# exhaustion
async def one():
    yield "only"
o = one()
try:
    o.__anext__().send(None)
except StopIteration as e:
    print("value", e.value)
try:
    o.__anext__().send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")

# asend
async def echo():
    got = None
    while True:
        got = yield got
e = echo()
try:
    e.asend(None).send(None)
except StopIteration as ex:
    print("first", ex.value)
try:
    e.asend("hello").send(None)
except StopIteration as ex:
    print("echo", ex.value)

# aclose
async def closing():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
c = closing()
try:
    c.__anext__().send(None)
except StopIteration as ex:
    print("got", ex.value)
try:
    c.aclose().send(None)
except StopIteration:
    print("aclose done")

# athrow
async def thrower():
    try:
        yield 1
    except ValueError as ex:
        yield "handled " + str(ex)
t = thrower()
try:
    t.__anext__().send(None)
except StopIteration:
    pass
try:
    t.athrow(ValueError("bad")).send(None)
except StopIteration as ex:
    print(ex.value)

# ignoring GeneratorExit
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
try:
    s.__anext__().send(None)
except StopIteration:
    pass
try:
    s.aclose().send(None)
except RuntimeError as ex:
    print("RuntimeError", ex)

# async comprehension
async def comp():
    return [x async for x in agen(3)]
print(run(comp()))

# async with
class ACM:
    async def __aenter__(self):
        await Yield("enter")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        await Yield(("exit", et.__name__ if et else None))
        return True
async def use_acm():
    async with ACM() as r:
        print("inside", r)
        raise ValueError("suppressed")
    return "after"
print(run(use_acm()))

async def bad_async_with():
    async with 5:
        pass
try:
    run(bad_async_with())
except TypeError as ex:
    print("TypeError", ex)

async def bad_async_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_async_for())
except TypeError as ex:
    print("TypeError", ex)

# StopAsyncIteration leaking from an async generator
async def leak():
    yield 1
    raise StopAsyncIteration
async def drain():
    return [x async for x in leak()]
try:
    run(drain())
except RuntimeError as ex:
    print("RuntimeError", ex)
