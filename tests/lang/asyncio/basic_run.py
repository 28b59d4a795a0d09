import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def main():
    print("add", await add(1, 2))
    loop = asyncio.get_running_loop()
    print("running", loop.is_running(), loop.is_closed())
    print("same loop", asyncio.get_event_loop() is loop)
    t = asyncio.create_task(add(3, 4), name="adder")
    print("name", t.get_name(), t.done())
    print("result", await t, t.done(), t.result())
    t.set_name(42)
    print("renamed", repr(t.get_name()))
    print("current is task", asyncio.current_task() is not None)
    print("current name", asyncio.current_task().get_name().startswith("Task-"))
    return "main-done"

print(asyncio.run(main()))
print(asyncio.run(add(10, 20)))

try:
    asyncio.run(1)
except Exception as e:
    print(type(e).__name__, e)

async def nested():
    try:
        asyncio.run(add(1, 1))
    except RuntimeError as e:
        print("nested", e)
    c = add(1, 1)
    try:
        asyncio.get_running_loop().run_until_complete(c)
    except RuntimeError as e:
        print("ruc", e)
    c.close()
asyncio.run(nested())

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside", e)

# loop API by hand
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(add(5, 6)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "via call_soon")
print(loop.run_until_complete(fut))
order = []
loop.call_later(0.02, order.append, "later2")
loop.call_later(0.01, order.append, "later1")
loop.call_soon(order.append, "soon")
h = loop.call_soon(order.append, "cancelled")
h.cancel()
print("handle cancelled", h.cancelled())
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(order)
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
try:
    loop.run_until_complete(add(1, 2))
except RuntimeError as e:
    print(e)
loop.close()

async def retval():
    return [1, 2, 3]
with asyncio.Runner() as r:
    print(r.run(retval()))
    print(r.run(add(2, 2)))
    print(type(r.get_loop()).__name__ in ("_UnixSelectorEventLoop", "SelectorEventLoop"))
try:
    r.run(add(1, 1))
except RuntimeError as e:
    print(e)
