import asyncio

async def val(x, d):
    await asyncio.sleep(d)
    return x

async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc

def show_eg(eg, indent=""):
    print(indent + type(eg).__name__, repr(eg.message))
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            show_eg(e, indent + "  ")
        else:
            print(indent + "  " + repr(e))

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(val(1, 0.02))
        t2 = tg.create_task(val(2, 0.01), name="second")
    print("results", t1.result(), t2.result(), t2.get_name())

    # one failure cancels the siblings
    log = []
    async def long(i):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append(i)
            raise
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long(1))
            tg.create_task(long(2))
            tg.create_task(fail(ValueError("bad"), 0.01))
    except ExceptionGroup as eg:
        show_eg(eg)
        print("siblings cancelled", sorted(log))

    # several failures collected
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v"), 0.01))
            tg.create_task(fail(TypeError("t"), 0.01))
    except* ValueError as eg:
        print("except* ValueError", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("except* TypeError", [str(e) for e in eg.exceptions])

    # error in the body itself
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(long(9))
            await asyncio.sleep(0)
            raise KeyError("body")
    except ExceptionGroup as eg:
        show_eg(eg)
        print("task cancelled", t.cancelled())

    # body and child both fail
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("child"), 0))
            await asyncio.sleep(0.01)
            print("not reached")
    except ExceptionGroup as eg:
        show_eg(eg)

    # create_task after exit / before enter
    tg = asyncio.TaskGroup()
    c = val(1, 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", "has not been entered" in str(e))
    async with tg:
        pass
    c = val(1, 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", "is finished" in str(e))
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError", "has already been entered" in str(e))

    # cancelling the parent from outside propagates CancelledError
    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long(10))
            tg.create_task(long(11))
        return "never"
    log.clear()
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled", sorted(log), p.cancelled())

    # nested task groups
    async def inner_group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(RuntimeError("deep"), 0))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(long(12))
    except ExceptionGroup as eg:
        show_eg(eg)
    print("cancelling left", asyncio.current_task().cancelling())

    # base exception types
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(SystemExit(3), 0))
            tg.create_task(long(13))
    except SystemExit as e:
        print("SystemExit", e.code)

    # task group inside a timeout
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(long(14))
                tg.create_task(long(15))
    except TimeoutError:
        print("timeout around TaskGroup")
    results = []
    async with asyncio.TaskGroup() as tg:
        for i in range(5):
            tg.create_task(val(i, 0.001 * (5 - i))).add_done_callback(
                lambda t: results.append(t.result()))
    print(sorted(results))

asyncio.run(main())
