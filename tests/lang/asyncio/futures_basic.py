import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    got = []
    f.add_done_callback(lambda fut: got.append(("cb1", fut.result())))
    def cb2(fut):
        got.append("cb2")
    f.add_done_callback(cb2)
    f.add_done_callback(cb2)
    print("removed", f.remove_done_callback(cb2))
    f.set_result(42)
    print(repr(f), f.done(), f.result())
    print("callbacks before yield", got)
    await asyncio.sleep(0)
    print("callbacks after yield", got)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    print("cancel done", f.cancel())

    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g))
    print("exception", repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("raised", e)
    h = loop.create_future()
    h.set_exception(KeyError)
    print("class->instance", repr(h.exception()))
    s = loop.create_future()
    try:
        s.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError", e)
    print(s.done(), repr(s.exception()) if s.done() else None)

    c = loop.create_future()
    print("cancel", c.cancel("why"), c.cancelled(), c.done(), repr(c))
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    try:
        c.exception()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print("cancel again", c.cancel())

    # awaiting
    w = loop.create_future()
    loop.call_later(0.01, w.set_result, "later")
    print("await", await w)
    e = loop.create_future()
    loop.call_soon(e.set_exception, RuntimeError("boom"))
    try:
        await e
    except RuntimeError as ex:
        print("await raised", ex)
    print(asyncio.isfuture(w), asyncio.isfuture(1), asyncio.isfuture(asyncio.sleep))
    print(w.get_loop() is loop)
    # done callback on already-done future runs soon, not now
    late = []
    w.add_done_callback(lambda fut: late.append(fut.result()))
    print(late)
    await asyncio.sleep(0)
    print(late)
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    print(asyncio.TimeoutError is TimeoutError)
    print(issubclass(asyncio.InvalidStateError, Exception))

asyncio.run(main())
