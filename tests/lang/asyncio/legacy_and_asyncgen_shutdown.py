import asyncio
import sys
import types

@types.coroutine
def legacy_sleep0():
    yield
    return "legacy done"

@types.coroutine
def legacy_await(fut):
    res = yield from fut
    return res

def not_a_generator():
    return asyncio.sleep(0, result="from plain")

wrapped = types.coroutine(not_a_generator)

async def uses_legacy():
    a = await legacy_sleep0()
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "future via yield from")
    b = await legacy_await(f)
    c = await wrapped()
    return a, b, c

print(asyncio.run(uses_legacy()))
print(asyncio.iscoroutinefunction(legacy_sleep0))
try:
    types.coroutine(42)
except TypeError as e:
    print("TypeError", e)

# async generators left suspended are closed by asyncio.run
async def agen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

async def main():
    g = agen("run")
    print(await g.__anext__())
    h = agen("never started")
    print("main returns")
    return g

g = asyncio.run(main())
print("after run", g.ag_frame is None)
print(sys.get_asyncgen_hooks())

# explicitly via loop.shutdown_asyncgens
loop = asyncio.new_event_loop()
async def partial_iteration():
    g = agen("loop")
    async for x in g:
        return x
print(loop.run_until_complete(partial_iteration()))
loop.run_until_complete(loop.shutdown_asyncgens())
print("shutdown done")
loop.close()

# the hooks are installed only while the loop runs
async def check_hooks():
    return sys.get_asyncgen_hooks().firstiter is not None
print(asyncio.run(check_hooks()), sys.get_asyncgen_hooks().firstiter)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print("TypeError", e)
