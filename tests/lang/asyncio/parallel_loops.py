import asyncio
import threading

# Several event loops run at the same time in different threads; each has
# its own tasks, current task and queues.

def worker(i, results):
    async def producer(q, n):
        for k in range(n):
            await q.put(k)
            if k % 10 == 0:
                await asyncio.sleep(0)
        await q.put(None)

    async def consumer(q):
        total = 0
        while (x := await q.get()) is not None:
            total += x
        return total

    async def main():
        me = asyncio.current_task()
        q = asyncio.Queue(8)
        prod = asyncio.create_task(producer(q, 300 + i))
        total = await consumer(q)
        await prod
        sub = await asyncio.gather(*(asyncio.sleep(0.001, result=k) for k in range(200)))
        lock = asyncio.Lock()
        count = 0
        async def inc():
            nonlocal count
            async with lock:
                v = count
                await asyncio.sleep(0)
                count = v + 1
        await asyncio.gather(*(inc() for _ in range(100)))
        own = asyncio.current_task() is me and len(asyncio.all_tasks()) == 1
        return total, sum(sub), count, own

    results[i] = asyncio.run(main())

results = {}
threads = [threading.Thread(target=worker, args=(i, results)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in sorted(results):
    n = 300 + i
    total, s, count, own = results[i]
    print(i, total == n * (n - 1) // 2, s, count, own)

# a loop thread serving requests from many client threads
loop = asyncio.new_event_loop()
ready = threading.Event()
def serve():
    asyncio.set_event_loop(loop)
    loop.call_soon(ready.set)
    loop.run_forever()
server = threading.Thread(target=serve)
server.start()
ready.wait()
async def handle(x):
    await asyncio.sleep(0.001)
    return x * x
answers = {}
def client(c):
    futs = [asyncio.run_coroutine_threadsafe(handle(c * 100 + k), loop) for k in range(20)]
    answers[c] = [f.result(timeout=10) for f in futs]
clients = [threading.Thread(target=client, args=(c,)) for c in range(6)]
for t in clients:
    t.start()
for t in clients:
    t.join()
print(all(answers[c] == [(c * 100 + k) ** 2 for k in range(20)] for c in range(6)))
loop.call_soon_threadsafe(loop.stop)
server.join()
loop.close()
print("closed", loop.is_closed())
