import asyncio

async def main():
    # cancelled while waiting for a Condition: the lock is re-acquired first
    cond = asyncio.Condition()
    state = []
    async def cw():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                state.append(("cancelled, lock held", cond.locked()))
                raise
    t = asyncio.create_task(cw())
    await asyncio.sleep(0.01)
    async with cond:
        t.cancel()
        await asyncio.sleep(0.01)
        state.append(("holder still owns", cond.locked()))
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(state, cond.locked())

    # wait_for around Lock.acquire
    lock = asyncio.Lock()
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.01)
    except TimeoutError:
        print("lock acquire timed out", lock.locked(), len(lock._waiters))
    lock.release()
    print("lock free", lock.locked())
    async with lock:
        print("reacquired")

    # cancelled Queue.put does not lose or duplicate items
    q = asyncio.Queue(1)
    q.put_nowait("first")
    p = asyncio.create_task(q.put("second"))
    await asyncio.sleep(0.01)
    p.cancel()
    await asyncio.sleep(0)
    print("queue after cancelled put", q.qsize(), q.get_nowait(), q.empty())

    # a getter cancelled right after being woken passes the item on
    q = asyncio.Queue()
    results = []
    async def getter(i):
        results.append((i, await q.get()))
    g1 = asyncio.create_task(getter(1))
    g2 = asyncio.create_task(getter(2))
    await asyncio.sleep(0.01)
    q.put_nowait("item")
    g1.cancel()
    await asyncio.sleep(0.01)
    print("item went to", results, g1.cancelled())
    g2.cancel()

    # Semaphore released while a waiter is being cancelled
    sem = asyncio.Semaphore(0)
    waiters = [asyncio.create_task(sem.acquire()) for _ in range(3)]
    await asyncio.sleep(0.01)
    sem.release()
    waiters[0].cancel()
    await asyncio.sleep(0.01)
    print("sem", [w.cancelled() for w in waiters], [w.done() for w in waiters], sem._value)
    for w in waiters:
        w.cancel()

    # Event.wait cancelled
    ev = asyncio.Event()
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    print("event waiter", w.cancelled(), len(ev._waiters))

    # shield + wait_for: the shielded work finishes anyway
    done = []
    async def work():
        await asyncio.sleep(0.03)
        done.append("work done")
        return 5
    inner = asyncio.create_task(work())
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print("timed out, inner cancelled?", inner.cancelled())
    print(await inner, done)

    # cancel() on a task blocked in a done callback chain: gather of gathers
    async def leaf(i):
        await asyncio.sleep(1)
    g = asyncio.gather(asyncio.gather(leaf(1), leaf(2)), leaf(3))
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("nested gather cancelled")

    # sleep with odd delays
    print(await asyncio.sleep(-1, result="neg"))
    try:
        await asyncio.sleep(float("nan"))
    except ValueError as e:
        print("ValueError", e)

    # cancelling a task from a callback of another
    a = asyncio.create_task(asyncio.sleep(1))
    b = asyncio.create_task(asyncio.sleep(0.01))
    b.add_done_callback(lambda _: a.cancel("b finished"))
    try:
        await a
    except asyncio.CancelledError as e:
        print("a cancelled via callback", e.args)

asyncio.run(main())
