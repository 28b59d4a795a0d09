import asyncio
import types

class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.v

@types.coroutine
def legacy():
    yield
    return "legacy"

async def coro(x=1):
    await asyncio.sleep(0)
    return x

def plain():
    pass

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro(5))
    print(type(t).__name__, await t)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(Awaitable("aw"))
    print(type(t).__name__, await t)
    print(await Awaitable("direct"))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError", e)
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(f, loop=other)
    except ValueError as e:
        print("ValueError", e)
    other.close()
    f.cancel()

    print(asyncio.iscoroutinefunction(coro), asyncio.iscoroutinefunction(plain))
    c = coro()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain), asyncio.iscoroutine(Awaitable(1)))
    await c

    # current_task / all_tasks
    me = asyncio.current_task()
    print(me in asyncio.all_tasks(), asyncio.current_task(loop) is me)
    ts = [asyncio.create_task(asyncio.sleep(0.01), name=f"bg{i}") for i in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks() if t is not me))
    await asyncio.gather(*ts)
    print(len(asyncio.all_tasks()))

    # task factory
    def factory(loop, coro, **kw):
        t = asyncio.Task(coro, loop=loop, **kw)
        t.made_by_factory = True
        return t
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(coro(3), name="fact")
    print(getattr(t, "made_by_factory", False), t.get_name(), await t)
    loop.set_task_factory(None)
    try:
        loop.set_task_factory(1)
    except TypeError as e:
        print("TypeError", e)

    # eager tasks run synchronously up to the first suspension
    loop.set_task_factory(asyncio.eager_task_factory)
    steps = []
    async def eager():
        steps.append("started")
        await asyncio.sleep(0)
        steps.append("resumed")
        return "eager"
    t = asyncio.create_task(eager())
    steps.append("after create")
    print(await t, steps)
    async def instant():
        return "instant"
    t = asyncio.create_task(instant())
    print("done at once", t.done(), t.result())
    loop.set_task_factory(None)

    # a coroutine awaiting a task that awaits itself
    async def selfish():
        await asyncio.current_task()
    t = asyncio.create_task(selfish())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError", str(e).split(":")[0])

    # a bad yield
    class BadAwait:
        def __await__(self):
            yield 42
    async def bad():
        await BadAwait()
    try:
        await asyncio.create_task(bad())
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
