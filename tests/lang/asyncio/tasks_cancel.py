import asyncio

async def sleeper(tag, d, log):
    try:
        log.append(f"{tag} start")
        await asyncio.sleep(d)
        log.append(f"{tag} end")
        return tag
    except asyncio.CancelledError as e:
        log.append(f"{tag} cancelled {e.args}")
        raise
    finally:
        log.append(f"{tag} finally")

async def main():
    log = []
    t = asyncio.create_task(sleeper("a", 10, log))
    await asyncio.sleep(0)
    print("cancel", t.cancel(), t.cancelling())
    print("cancel again", t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter got CancelledError", e.args)
    print(t.cancelled(), t.done(), log)
    print("cancel done", t.cancel())

    # cancel before the task ever ran
    log = []
    t = asyncio.create_task(sleeper("b", 10, log))
    t.cancel("early")
    try:
        await t
    except asyncio.CancelledError as e:
        print("early", e.args, log)

    # a task that swallows the cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("stubborn: ignoring, cancelling =", asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
        await asyncio.sleep(0)
        return "survived"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

    # cancelling a task that awaits another task cancels the inner one
    log = []
    inner = asyncio.create_task(sleeper("inner", 10, log))
    async def outer():
        return await inner
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled(), log)

    # cancel message propagates
    async def waiter():
        await asyncio.sleep(1)
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t.cancel(msg="custom message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message", e.args)

    # exceptions from tasks
    async def boom():
        raise ValueError("boom")
    t = asyncio.create_task(boom())
    try:
        await t
    except ValueError as e:
        print("task raised", e, t.done(), t.cancelled(), repr(t.exception()))

    # get_coro, repr states
    async def noop():
        return 1
    c = noop()
    t = asyncio.create_task(c, name="N")
    print(t.get_coro() is c)
    await t
    print(repr(t).startswith("<Task finished name='N' coro=<"), repr(t).endswith("result=1>"))
    t = asyncio.create_task(waiter(), name="W")
    await asyncio.sleep(0)
    t.cancel()
    print(repr(t).startswith("<Task cancelling name='W'"))
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(repr(t).startswith("<Task cancelled name='W'"))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print(e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print(e)

    # uncancel bookkeeping
    t = asyncio.create_task(waiter())
    t.cancel(); t.cancel()
    print(t.cancelling(), t.uncancel(), t.uncancel(), t.uncancel())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled after uncancel")

    # main cancelling itself
    me = asyncio.current_task()
    me.cancel()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("self-cancel caught", me.cancelling())
        me.uncancel()
    print("main still running")

asyncio.run(main())
