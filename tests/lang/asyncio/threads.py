import asyncio
import concurrent.futures
import threading
import time

def blocking(x, delay=0.01):
    time.sleep(delay)
    return x * 2, threading.current_thread() is not threading.main_thread()

def bad():
    raise ZeroDivisionError("in thread")

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 21))
    res = await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(5)))
    print(res)
    try:
        await loop.run_in_executor(None, bad)
    except ZeroDivisionError as e:
        print("executor error", e)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        print(await loop.run_in_executor(ex, blocking, 5))
    print(await asyncio.to_thread(blocking, 7, delay=0.005))
    try:
        await asyncio.to_thread(bad)
    except ZeroDivisionError as e:
        print("to_thread error", e)

    # call_soon_threadsafe wakes the sleeping loop
    fut = loop.create_future()
    def from_thread():
        time.sleep(0.02)
        loop.call_soon_threadsafe(fut.set_result, "woken")
    th = threading.Thread(target=from_thread)
    th.start()
    print(await fut)
    th.join()

    # many threads posting callbacks
    got = []
    done = loop.create_future()
    N = 8
    def poster(i):
        for j in range(10):
            loop.call_soon_threadsafe(got.append, (i, j))
        loop.call_soon_threadsafe(check)
    def check():
        if len(got) == N * 10 and not done.done():
            done.set_result(True)
    ths = [threading.Thread(target=poster, args=(i,)) for i in range(N)]
    for t in ths:
        t.start()
    await asyncio.wait_for(done, 5)
    for t in ths:
        t.join()
    print(len(got), sorted(got) == [(i, j) for i in range(N) for j in range(10)])
    print("per-thread order kept", all(
        [j for (i2, j) in got if i2 == i] == list(range(10)) for i in range(N)))

    # wrap_future
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(asyncio.wrap_future(af) is af)
    threading.Timer(0.01, cf.set_result, args=("cf result",)).start()
    print(await af)
    cf2 = concurrent.futures.Future()
    af2 = asyncio.wrap_future(cf2)
    af2.cancel()
    await asyncio.sleep(0.01)
    print("cancel propagates", cf2.cancelled())

asyncio.run(main())

# run_coroutine_threadsafe: loop in a thread, submitting from main
loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever)
t.start()
async def compute(x):
    await asyncio.sleep(0.01)
    if x < 0:
        raise ValueError("negative")
    return x + 100
f = asyncio.run_coroutine_threadsafe(compute(1), loop)
print(type(f).__name__, f.result(timeout=5))
f = asyncio.run_coroutine_threadsafe(compute(-1), loop)
try:
    f.result(timeout=5)
except ValueError as e:
    print("threadsafe error", e)
async def forever():
    await asyncio.sleep(10)
f = asyncio.run_coroutine_threadsafe(forever(), loop)
time.sleep(0.01)
print("cancel", f.cancel())
try:
    f.result(timeout=5)
except concurrent.futures.CancelledError:
    print("concurrent CancelledError")
try:
    asyncio.run_coroutine_threadsafe(1, loop)
except TypeError as e:
    print(e)
loop.call_soon_threadsafe(loop.stop)
t.join()
loop.close()
print("loop in thread closed", loop.is_closed())

# asyncio.run in several threads at once
results = {}
def thread_main(i):
    async def work():
        await asyncio.sleep(0.01)
        tasks = [asyncio.create_task(asyncio.sleep(0.001, result=i * k)) for k in range(3)]
        return sum(await asyncio.gather(*tasks))
    results[i] = asyncio.run(work())
ths = [threading.Thread(target=thread_main, args=(i,)) for i in range(4)]
for t in ths:
    t.start()
for t in ths:
    t.join()
print(sorted(results.items()))
