import asyncio
import re

def norm(r):
    r = re.sub(r" at [^ >\]]+:\d+", " at FILE", r)
    r = re.sub(r"0x[0-9a-f]+", "ADDR", r)
    return r

async def child():
    await asyncio.sleep(1)

async def value():
    return {"k": [1, 2]}

async def failing():
    raise KeyError("kk")

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(norm(repr(f)))
    f.add_done_callback(print)
    f.add_done_callback(len)
    print(norm(repr(f)))
    f.add_done_callback(repr)
    print(norm(repr(f)))
    f.remove_done_callback(print); f.remove_done_callback(len); f.remove_done_callback(repr)
    f.set_result((1, "a"))
    print(norm(repr(f)))
    e = loop.create_future()
    e.set_exception(OSError(2, "nope"))
    print(norm(repr(e)))
    e.exception()
    c = loop.create_future()
    c.cancel()
    print(norm(repr(c)))

    t = asyncio.create_task(child(), name="kid")
    print(norm(repr(t)))
    await asyncio.sleep(0)
    print(norm(repr(t)))
    t.cancel()
    print(norm(repr(t)))
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(norm(repr(t)))
    t = asyncio.create_task(value(), name="val")
    await t
    print(norm(repr(t)))
    t = asyncio.create_task(failing(), name="fail")
    try:
        await t
    except KeyError:
        pass
    print(norm(repr(t)))
    print(norm(repr(asyncio.current_task())))

    h = loop.call_soon(print, "x")
    print(norm(repr(h)))
    h.cancel()
    print(norm(repr(h)))
    th = loop.call_later(10, len)
    print(norm(repr(th)).split("when=")[0], type(th.when()).__name__)
    th.cancel()

    lock = asyncio.Lock()
    print(norm(repr(lock)))
    await lock.acquire()
    print(norm(repr(lock)))
    lock.release()
    ev = asyncio.Event()
    print(norm(repr(ev)))
    ev.set()
    print(norm(repr(ev)))
    sem = asyncio.Semaphore(2)
    print(norm(repr(sem)))
    bsem = asyncio.BoundedSemaphore(0)
    print(norm(repr(bsem)))
    cond = asyncio.Condition()
    print(norm(repr(cond)))
    bar = asyncio.Barrier(3)
    print(norm(repr(bar)))
    q = asyncio.Queue(5)
    print(norm(repr(q)), str(q))
    q.put_nowait("a"); q.put_nowait("b")
    print(str(q))
    g = asyncio.create_task(asyncio.Queue().get())
    await asyncio.sleep(0)
    g.cancel()
    pq = asyncio.PriorityQueue()
    pq.put_nowait(3)
    print(str(pq), str(asyncio.LifoQueue()))
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        tg.create_task(asyncio.sleep(0))
        print(repr(tg))
    print(repr(tg))
    to = asyncio.timeout(None)
    print(repr(to))
    async with to:
        print(repr(to))
    print(repr(to))
    print(repr(asyncio.CancelledError("m")), repr(asyncio.InvalidStateError()))
    print(str(asyncio.IncompleteReadError(b"ab", 5)), str(asyncio.IncompleteReadError(b"", None)))
    print(repr(asyncio.LimitOverrunError("lim", 3)), asyncio.LimitOverrunError("lim", 3).consumed)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError), issubclass(asyncio.QueueEmpty, Exception))

asyncio.run(main())
