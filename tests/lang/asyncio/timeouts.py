import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as cm:
            print("entered", cm.expired())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("timeout", cm.expired(), type(e.__cause__).__name__)
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("no timeout", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when None", cm.when())
        await asyncio.sleep(0.01)
    # reschedule
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.02)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled expired", cm.expired())
    async with asyncio.timeout(0.02) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.04)
    print("reschedule None survived", cm.expired())
    # timeout_at
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    # already past deadline
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("negative timeout")
    # nested: inner fires
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner fired")
            await asyncio.sleep(0.01)
            print("outer still ok")
    except TimeoutError:
        print("wrong")
    # nested: outer fires
    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("wrong: inner")
    except TimeoutError:
        print("outer fired", outer.expired(), inner.expired())
    # errors
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print(e)
    async with cm:
        pass
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print(e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print(e)
    # exception inside body passes through
    try:
        async with asyncio.timeout(1):
            raise ValueError("inner error")
    except ValueError as e:
        print("ValueError", e)
    # the task is not left cancelling
    print("cancelling", asyncio.current_task().cancelling())
    # swallowed cancellation inside timeout still gives TimeoutError? body catches
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("body saw CancelledError")
    print("after swallow", cm.expired())

asyncio.run(main())
try:
    async def outside():
        pass
    asyncio.timeout(1)
except RuntimeError as e:
    print(e)
