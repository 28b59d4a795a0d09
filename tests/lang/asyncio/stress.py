import asyncio
import random

async def main():
    rnd = random.Random(7)
    # many timers in random order fire in deadline order
    loop = asyncio.get_running_loop()
    fired = []
    delays = [rnd.randint(0, 30) / 1000 for _ in range(200)]
    done = loop.create_future()
    def on_fire(i):
        fired.append(i)
        if len(fired) == len(delays):
            done.set_result(None)
    start = loop.time()
    for i, d in enumerate(delays):
        loop.call_at(start + d, on_fire, i)
    await done
    fired_delays = [delays[i] for i in fired]
    print("timers in order", fired_delays == sorted(fired_delays))

    # thousands of tasks
    async def work(i):
        await asyncio.sleep(0)
        await asyncio.sleep(0.001 * (i % 3))
        return i * i
    res = await asyncio.gather(*(work(i) for i in range(2000)))
    print(len(res), sum(res))

    # pipeline of queues
    q1, q2 = asyncio.Queue(10), asyncio.Queue(10)
    out = []
    async def stage1():
        for i in range(300):
            await q1.put(i)
        await q1.put(None)
    async def stage2():
        while (x := await q1.get()) is not None:
            await q2.put(x * 2)
        await q2.put(None)
    async def stage3():
        while (x := await q2.get()) is not None:
            out.append(x)
    await asyncio.gather(stage1(), stage2(), stage3())
    print(len(out), out[:3], out[-1], out == sorted(out))

    # cancel storm: half the tasks cancelled at random points
    async def sleeper(i):
        await asyncio.sleep(rnd.randint(1, 20) / 1000)
        return i
    tasks = [asyncio.create_task(sleeper(i)) for i in range(400)]
    await asyncio.sleep(0.005)
    for t in tasks[::2]:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    ok = [r for r in results if not isinstance(r, BaseException)]
    cancelled = [t for t in tasks if t.cancelled()]
    print(len(ok) + len(cancelled) == 400, all(r % 2 == 1 for r in ok) or len(ok) >= 200)
    print("odd all ok", all(not tasks[i].cancelled() for i in range(1, 400, 2)))

    # lock fairness across many tasks
    lock = asyncio.Lock()
    order = []
    async def locker(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)
    await asyncio.gather(*(locker(i) for i in range(100)))
    print("lock FIFO", order == list(range(100)))

    # semaphore limits concurrency under timeouts
    sem = asyncio.Semaphore(5)
    current = peak = 0
    async def limited(i):
        nonlocal current, peak
        try:
            async with asyncio.timeout(0.05 if i % 7 else 0.0001):
                async with sem:
                    current += 1
                    peak = max(peak, current)
                    try:
                        await asyncio.sleep(0.002)
                    finally:
                        current -= 1
            return "ok"
        except TimeoutError:
            return "timeout"
    res = await asyncio.gather(*(limited(i) for i in range(100)))
    print("peak", peak, "semaphore free", not sem.locked(), res.count("ok") + res.count("timeout"))
    print("no tasks left", len(asyncio.all_tasks()))

asyncio.run(main())
