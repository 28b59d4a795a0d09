import asyncio

async def val(x, d):
    await asyncio.sleep(d)
    return x

async def fail(d):
    await asyncio.sleep(d)
    raise KeyError("k")

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    a = asyncio.create_task(val(1, 0.01), name="a")
    b = asyncio.create_task(val(2, 0.1), name="b")
    c = asyncio.create_task(val(3, 0.5), name="c")
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    print("first", names(done), names(pending))
    done, pending = await asyncio.wait([a, b, c], timeout=0.25)
    print("timeout", names(done), names(pending))
    done, pending = await asyncio.wait([a, b, c])
    print("all", names(done), names(pending), sorted(t.result() for t in done))

    x = asyncio.create_task(val(1, 0.01), name="x")
    y = asyncio.create_task(fail(0.1), name="y")
    z = asyncio.create_task(val(3, 1), name="z")
    done, pending = await asyncio.wait({x, y, z}, return_when=asyncio.FIRST_EXCEPTION)
    print("first_exc", names(done), names(pending), repr(y.exception()))
    z.cancel()

    for bad in ([], asyncio.sleep(0)):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
        if asyncio.iscoroutine(bad):
            bad.close()
    try:
        await asyncio.wait([x], return_when="bogus")
    except ValueError as e:
        print("ValueError", e)
    coro = val(1, 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError", e)
    coro.close()

    # wait_for
    print("wait_for ok", await asyncio.wait_for(val("fast", 0.01), timeout=5))
    print("wait_for None", await asyncio.wait_for(val("nolimit", 0.01), timeout=None))
    log = []
    async def slow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append("slow cancelled")
            raise
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except TimeoutError as e:
        print("wait_for timeout", type(e).__name__, type(e.__cause__).__name__, log)
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, timeout=0)
    except TimeoutError:
        print("timeout 0", t.cancelled())
    t = asyncio.create_task(val(5, 0))
    await asyncio.sleep(0.001)
    print("timeout 0 done", await asyncio.wait_for(t, timeout=0))
    try:
        await asyncio.wait_for(fail(0.0), timeout=1)
    except KeyError as e:
        print("wait_for propagates", repr(e))
    # outer cancellation of wait_for is CancelledError, not TimeoutError
    async def runner():
        return await asyncio.wait_for(slow(), timeout=5)
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print("runner cancelled", r.cancelled())

asyncio.run(main())
