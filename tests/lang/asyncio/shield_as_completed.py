import asyncio

async def val(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    # shield: cancelling the outer does not cancel the inner
    gate = asyncio.Event()
    async def gated():
        await gate.wait()
        return "inner"
    inner = asyncio.create_task(gated())
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled", inner.cancelled(), inner.done())
    gate.set()
    print("inner result", await inner)
    print(await asyncio.shield(val("direct", 0)))
    # shield of a done future returns it
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    print(asyncio.shield(f) is f)
    # inner cancelled -> outer cancelled
    inner = asyncio.create_task(val(1, 1))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled too", outer.cancelled())
    # exception passes
    async def bad():
        raise KeyError("x")
    try:
        await asyncio.shield(bad())
    except KeyError as e:
        print("shield exc", repr(e))

    # as_completed (sync iteration)
    order = []
    for coro in asyncio.as_completed([val("c", 0.15), val("a", 0.01), val("b", 0.08)]):
        order.append(await coro)
    print(order)
    # async iteration gives the tasks
    tasks = [asyncio.create_task(val(i, 0.05 * (3 - i)), name=f"t{i}") for i in range(3)]
    names = []
    async for t in asyncio.as_completed(tasks):
        names.append((t.get_name(), await t))
    print(names)
    # timeout
    try:
        for coro in asyncio.as_completed([val(1, 0.01), val(2, 1)], timeout=0.2):
            print("got", await coro)
    except TimeoutError:
        print("as_completed timeout")
    try:
        asyncio.as_completed(val(1, 0))
    except TypeError as e:
        print("TypeError", e)
    # empty
    print(list(asyncio.as_completed([])))
    # exceptions come out of the awaited coroutine
    async def boom():
        await asyncio.sleep(0.005)
        raise ValueError("ac")
    for coro in asyncio.as_completed([boom(), val("ok", 0.1)]):
        try:
            print("ok:", await coro)
        except ValueError as e:
            print("err:", e)
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.cancel()

asyncio.run(main())
