import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def job(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.005)
            active -= 1
        return i
    print(await asyncio.gather(*(job(i) for i in range(7))))
    print("peak", peak, sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    s0 = asyncio.Semaphore(0)
    print(s0.locked())
    async def rel():
        await asyncio.sleep(0.01)
        s0.release()
    asyncio.create_task(rel())
    print(await s0.acquire())

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)
    s = asyncio.Semaphore(1)
    s.release()
    print("plain semaphore over-release ok", s._value)

    # cancelled waiter
    s = asyncio.Semaphore(1)
    await s.acquire()
    async def w():
        await s.acquire()
        return "got"
    t1 = asyncio.create_task(w())
    t2 = asyncio.create_task(w())
    await asyncio.sleep(0)
    t1.cancel()
    s.release()
    await asyncio.sleep(0.01)
    print(t1.cancelled(), t2.result())

    # Barrier
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    out = []
    async def party(i):
        await asyncio.sleep(0.002 * i)
        idx = await b.wait()
        out.append(i)
        return idx
    idxs = await asyncio.gather(*(party(i) for i in range(3)))
    print(sorted(idxs), sorted(out), b.n_waiting)
    # reuse
    idxs = await asyncio.gather(*(party(i) for i in range(3)))
    print(sorted(idxs))
    # abort
    b2 = asyncio.Barrier(2)
    async def lone():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError as e:
            return f"broken: {e}"
    t = asyncio.create_task(lone())
    await asyncio.sleep(0.01)
    print("waiting", b2.n_waiting)
    await b2.abort()
    print(await t, b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", e)
    await b2.reset()
    print("after reset", b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError", e)
    b3 = asyncio.Barrier(2)
    async def bwait():
        async with b3 as pos:
            return pos
    print(sorted(await asyncio.gather(bwait(), bwait())))

asyncio.run(main())
