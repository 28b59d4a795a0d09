import asyncio
import contextlib

@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"acquire {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        log.append(f"release {name}")

async def job(name, d, log):
    async with resource(name, log) as r:
        await asyncio.sleep(d)
        return r

# old-style manual loop management
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
log = []
t1 = asyncio.ensure_future(job("a", 0.02, log), loop=loop)
t2 = loop.create_task(job("b", 0.01, log))
print(loop.run_until_complete(asyncio.gather(t1, t2)))
print(log)
print(loop.run_until_complete(asyncio.wait_for(job("c", 0, log), 1)))

# wait() with some futures already finished
async def mixed():
    done_f = loop.create_future()
    done_f.set_result("ready")
    t = asyncio.create_task(asyncio.sleep(0.01, "later"))
    done, pending = await asyncio.wait([done_f, t], return_when=asyncio.FIRST_COMPLETED)
    first = sorted(f.result() for f in done)
    done, pending = await asyncio.wait([done_f, t])
    return first, sorted(f.result() for f in done), len(pending)
print(loop.run_until_complete(mixed()))

# as_completed over plain futures resolved by callbacks
async def futs():
    fs = [loop.create_future() for _ in range(3)]
    for i, f in enumerate(fs):
        loop.call_later(0.01 * (3 - i), f.set_result, i)
    return [await c for c in asyncio.as_completed(fs)]
print(loop.run_until_complete(futs()))

# callbacks chained through futures
async def chain():
    f1 = loop.create_future()
    f2 = loop.create_future()
    f1.add_done_callback(lambda f: f2.set_result(f.result() + 1))
    loop.call_soon(f1.set_result, 10)
    return await f2
print(loop.run_until_complete(chain()))

# exception in asynccontextmanager body is seen by the generator
async def failing_body():
    log.clear()
    try:
        async with resource("x", log):
            raise KeyError("body")
    except KeyError as e:
        log.append(f"caught {e}")
    return log
print(loop.run_until_complete(failing_body()))

# AsyncExitStack
async def exit_stack():
    log.clear()
    async with contextlib.AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n, log)) for n in "pq"]
        stack.push_async_callback(lambda: asyncio.sleep(0, log.append("callback")))
    return names, log
print(loop.run_until_complete(exit_stack()))

pending = asyncio.all_tasks(loop)
print("pending", len(pending))
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
asyncio.set_event_loop(None)
