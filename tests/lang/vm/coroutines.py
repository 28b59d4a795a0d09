import types

class Yield:
    """awaitable that suspends once, yielding its value to the driver"""
    def __init__(self, v):
        self.v = v
    def __await__(self):
        r = yield self.v
        return ("resumed", r)

def run(coro, sends=()):
    out = []
    sends = list(sends)
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        out.append(("result", e.value))
    return out

async def simple():
    return 42
print(run(simple()))

async def awaits():
    a = await Yield("first")
    b = await Yield("second")
    return a, b
print(run(awaits(), ["x", "y"]))

async def inner(n):
    r = await Yield(n)
    return n * 10
async def outer():
    total = 0
    for i in range(3):
        total += await inner(i)
    return total
print(run(outer()))

c = simple()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
c.close()
print(c.cr_frame)

async def suspended():
    await Yield(1)
c = suspended()
c.send(None)
print(c.cr_suspended, type(c.cr_await).__name__)
c.close()

# reuse of an exhausted coroutine
c = simple()
run(c)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

# await non-awaitable
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print("TypeError", e)

class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError", e)

# throw into a coroutine
async def catcher():
    try:
        await Yield("wait")
    except ValueError as e:
        return "caught " + str(e)
c = catcher()
print(c.send(None))
try:
    c.throw(ValueError("oops"))
except StopIteration as e:
    print(e.value)

# __await__ wrapper
async def w():
    return "via wrapper"
aw = w().__await__()
print(type(aw).__name__)
try:
    next(aw)
except StopIteration as e:
    print(e.value)

# coroutine cannot be iterated
try:
    iter(simple())
except TypeError as e:
    print("TypeError", e)

# types.coroutine generator-based coroutine
def legacy():
    v = yield "legacy-yield"
    return v
# what types.coroutine does for generator functions: CO_ITERABLE_COROUTINE
legacy.__code__ = legacy.__code__.replace(co_flags=legacy.__code__.co_flags | 0x100)
async def uses_legacy():
    return await legacy()
print(run(uses_legacy(), ["sent-back"]))

# exception propagation through awaits
async def failing():
    await Yield(0)
    raise KeyError("kk")
async def wrapper():
    try:
        await failing()
    except KeyError as e:
        return "wrapped " + repr(e)
print(run(wrapper()))

# StopIteration raised inside a coroutine becomes RuntimeError
async def stopper():
    raise StopIteration
try:
    stopper().send(None)
except RuntimeError as e:
    print("RuntimeError", e)

# awaiting the same coroutine twice
async def target():
    await Yield(1)
t = target()
async def a1():
    await t
async def a2():
    await t
x = a1()
x.send(None)
try:
    a2().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
