import asyncio

async def main():
    cond = asyncio.Condition()
    woke = []
    async def waiter(i):
        async with cond:
            try:
                await cond.wait()
                woke.append(i)
            except asyncio.CancelledError:
                woke.append(f"{i} cancelled")
                raise
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(1)
        ts[0].cancel()          # notified, then cancelled before it runs
    await asyncio.sleep(0.01)
    print(woke)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts, return_exceptions=True)
    print(woke, [t.cancelled() for t in ts])

    # wait_for with a predicate that becomes true in steps
    value = 0
    async def bump():
        nonlocal value
        for _ in range(5):
            await asyncio.sleep(0.002)
            async with cond:
                value += 1
                cond.notify_all()
    b = asyncio.create_task(bump())
    async with cond:
        r = await cond.wait_for(lambda: value >= 3 and value)
    print("predicate result", r)
    await b

    # Condition.wait inside timeout
    try:
        async with asyncio.timeout(0.01):
            async with cond:
                await cond.wait()
    except TimeoutError:
        print("wait timed out, lock released", cond.locked())

    # condition bound to one loop cannot be used from another
    c2 = asyncio.Condition()
    async with c2:
        pass
    return c2

c2 = asyncio.run(main())
async def other():
    async with c2:
        c2.notify()
        try:
            await asyncio.wait_for(c2.wait(), 0.001)
        except TimeoutError:
            pass
try:
    asyncio.run(other())
except RuntimeError as e:
    print("RuntimeError", "bound to a different event loop" in str(e))
