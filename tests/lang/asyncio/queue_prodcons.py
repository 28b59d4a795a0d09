import asyncio

async def producer(q, name, n):
    for i in range(n):
        await q.put((name, i))
        await asyncio.sleep(0.001)

async def consumer(q, got):
    while True:
        item = await q.get()
        try:
            if item is None:
                return
            got.append(item)
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    got = []
    consumers = [asyncio.create_task(consumer(q, got)) for _ in range(3)]
    await asyncio.gather(producer(q, "a", 10), producer(q, "b", 10))
    await q.join()
    for _ in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    print(len(got), sorted(got)[:3], sorted(got)[-1])
    print([i for n, i in got if n == "a"])

    q = asyncio.Queue(2)
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full(), str(q))
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done(); q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)

    # blocked putter woken by get
    q = asyncio.Queue(1)
    await q.put("x")
    order = []
    async def put_y():
        await q.put("y")
        order.append("put y done")
    t = asyncio.create_task(put_y())
    await asyncio.sleep(0.01)
    order.append("before get")
    order.append(await q.get())
    await t
    order.append(await q.get())
    print(order)

    # get with timeout
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out", q.empty(), len(q._getters))

    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait((x, str(x)))
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in range(4):
        await lq.put(x)
    print([await lq.get() for _ in range(4)])

    # shutdown (3.13)
    q = asyncio.Queue()
    q.put_nowait(1)
    async def getter():
        try:
            while True:
                print("got", await q.get())
        except asyncio.QueueShutDown:
            print("getter: shut down")
    g = asyncio.create_task(getter())
    await asyncio.sleep(0.01)
    q.shutdown()
    await g
    try:
        q.put_nowait(2)
    except asyncio.QueueShutDown:
        print("put after shutdown")
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    q.shutdown(immediate=True)
    print("immediate", q.qsize())
    await q.join()
    print("join returned")

    # join waits for task_done
    q = asyncio.Queue()
    done = []
    async def worker():
        while True:
            x = await q.get()
            await asyncio.sleep(0.005)
            done.append(x)
            q.task_done()
    w = asyncio.create_task(worker())
    for i in range(5):
        q.put_nowait(i)
    await q.join()
    print("joined", done)
    w.cancel()

asyncio.run(main())
