import asyncio

async def val(x, d=0.0):
    await asyncio.sleep(d)
    return x

async def fail(msg, d=0.0):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def main():
    print(await asyncio.gather(val(1, 0.03), val(2, 0.01), val(3, 0.02)))
    print(await asyncio.gather())
    print(await asyncio.gather(val("a"), fail("b"), val("c"), return_exceptions=True))
    try:
        await asyncio.gather(val(1, 0.02), fail("first", 0.01), fail("second", 0.03))
    except ValueError as e:
        print("gather raised", e)
    # same coroutine object twice -> one task, result repeated
    t = asyncio.create_task(val("t"))
    print(await asyncio.gather(t, t, val("x")))
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, f.set_result, "fut")
    print(await asyncio.gather(f, val(0)))

    # cancelling the gather cancels the children
    log = []
    async def child(i):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append(i)
            raise
    g = asyncio.gather(child(1), child(2), child(3))
    await asyncio.sleep(0.01)
    print("cancel gather", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", sorted(log), g.cancelled())

    # a cancelled child with return_exceptions
    async def cancelled_child():
        asyncio.current_task().cancel()
        await asyncio.sleep(1)
    res = await asyncio.gather(val(1), cancelled_child(), return_exceptions=True)
    print([type(r).__name__ for r in res])

    # a cancelled child without return_exceptions cancels the outer
    try:
        await asyncio.gather(val(1, 0.01), cancelled_child())
    except asyncio.CancelledError:
        print("outer got CancelledError")

    # many tasks
    res = await asyncio.gather(*(val(i, 0.001 * (i % 5)) for i in range(50)))
    print(sum(res), res[:5], res[-3:])

    # types
    try:
        await asyncio.gather(1)
    except TypeError as e:
        print("TypeError", e)

    # exceptions in return_exceptions keep order
    res = await asyncio.gather(fail("x", 0.02), val(2, 0.01), fail("y"), return_exceptions=True)
    print([repr(r) for r in res])

asyncio.run(main())
