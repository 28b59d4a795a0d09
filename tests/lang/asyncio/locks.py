import asyncio

async def main():
    lock = asyncio.Lock()
    log = []
    async def worker(i):
        async with lock:
            log.append(f"enter {i}")
            await asyncio.sleep(0.005)
            log.append(f"exit {i}")
    await asyncio.gather(*(worker(i) for i in range(4)))
    print(log)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await lock.acquire(), lock.locked())
    lock.release()

    # cancelled waiter does not take the lock
    await lock.acquire()
    async def waiter():
        await lock.acquire()
        return "acquired"
    t1 = asyncio.create_task(waiter())
    t2 = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t1.cancel()
    lock.release()
    await asyncio.sleep(0.01)
    print(t1.cancelled(), t2.result(), lock.locked())
    lock.release()

    # Event
    ev = asyncio.Event()
    print(ev.is_set())
    res = []
    async def ewait(i):
        await ev.wait()
        res.append(i)
    ts = [asyncio.create_task(ewait(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("before set", res)
    ev.set()
    await asyncio.gather(*ts)
    print("after set", sorted(res), ev.is_set())
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("event wait timed out")

    # Condition
    cond = asyncio.Condition()
    items = []
    async def consume(i):
        async with cond:
            await cond.wait_for(lambda: items)
            return (i, items.pop(0))
    cs = [asyncio.create_task(consume(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    for x in "abc":
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0.005)
    print(sorted(r[1] for r in await asyncio.gather(*cs)))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)
    woke = []
    async def cw(i):
        async with cond:
            await cond.wait()
            woke.append(i)
    cs = [asyncio.create_task(cw(i)) for i in range(4)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    print("notify(2)", len(woke))
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs)
    print("notify_all", sorted(woke))
    # condition sharing a lock
    lk = asyncio.Lock()
    c2 = asyncio.Condition(lk)
    async with c2:
        print("shared lock locked", lk.locked())
    print(lk.locked())

asyncio.run(main())
