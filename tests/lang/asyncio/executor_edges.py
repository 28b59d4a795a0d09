import asyncio
import concurrent.futures
import threading
import time

async def main():
    loop = asyncio.get_running_loop()
    ex = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    started = threading.Event()
    release = threading.Event()
    def blocker():
        started.set()
        release.wait(5)
        return "blocker done"
    f1 = loop.run_in_executor(ex, blocker)
    f2 = loop.run_in_executor(ex, lambda: "queued")
    await asyncio.to_thread(started.wait, 5)
    print("cancel queued", f2.cancel())
    release.set()
    print(await f1)
    try:
        await f2
    except asyncio.CancelledError:
        print("queued job cancelled")
    ex.shutdown(wait=True)

    # wait_for around an executor job: the asyncio future is cancelled,
    # the thread keeps running to completion
    done = []
    def slow():
        time.sleep(0.05)
        done.append("slow finished")
        return 1
    try:
        await asyncio.wait_for(loop.run_in_executor(None, slow), 0.01)
    except TimeoutError:
        print("executor wait_for timed out")
    await asyncio.sleep(0.1)
    print(done)

    try:
        loop.set_default_executor(42)
    except TypeError as e:
        print("TypeError", e)

    # wrap_future of an already finished concurrent future
    cf = concurrent.futures.Future()
    cf.set_result("already")
    print(await asyncio.wrap_future(cf))
    cf = concurrent.futures.Future()
    cf.set_exception(ArithmeticError("cf exc"))
    try:
        await asyncio.wrap_future(cf)
    except ArithmeticError as e:
        print("wrapped exception", e)
    cf = concurrent.futures.Future()
    cf.cancel()
    try:
        await asyncio.wrap_future(cf)
    except asyncio.CancelledError:
        print("wrapped cancelled")
    try:
        asyncio.wrap_future(42)
    except (AssertionError, TypeError) as e:
        print(type(e).__name__)

    # exceptions thrown by to_thread keep their type and args
    def raiser():
        raise OSError(5, "io failure")
    try:
        await asyncio.to_thread(raiser)
    except OSError as e:
        print("OSError", e.errno, e.strerror)
    # kwargs pass through
    print(await asyncio.to_thread(lambda a, b=0: a + b, 1, b=2))

asyncio.run(main())

# set_default_executor (asyncio.run shuts it down at the end)
async def custom_default():
    loop = asyncio.get_running_loop()
    custom = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="custom")
    loop.set_default_executor(custom)
    name = await loop.run_in_executor(None, lambda: threading.current_thread().name)
    return name.startswith("custom")
print(asyncio.run(custom_default()))

loop = asyncio.new_event_loop()
loop.close()
try:
    loop.call_soon_threadsafe(print)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    loop.run_in_executor(None, print)
except RuntimeError as e:
    print("RuntimeError", e)
