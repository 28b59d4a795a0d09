import asyncio

def handler(loop, context):
    msg = context.get("message")
    if msg and " at " in msg:
        msg = msg.split(" at ")[0] + " at <file>"
    exc = context.get("exception")
    keys = sorted(k for k in context if k not in ("message", "exception"))
    print("HANDLER:", msg, repr(exc), keys)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    def broken_cb():
        raise RuntimeError("in callback")
    loop.call_soon(broken_cb)
    await asyncio.sleep(0.01)
    loop.call_later(0.001, broken_cb)
    await asyncio.sleep(0.02)
    loop.call_exception_handler({"message": "custom", "extra": 1})
    loop.call_exception_handler({"message": "with exc", "exception": KeyError("k")})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError", e)
    # a handler that itself fails falls back to the default (stderr)
    def failing(loop, ctx):
        raise ValueError("handler broke")
    loop.set_exception_handler(failing)
    loop.call_soon(broken_cb)
    await asyncio.sleep(0.01)
    print("survived failing handler")
    loop.set_exception_handler(None)
    # default handler writes to stderr; stdout stays clean
    loop.call_soon(broken_cb)
    await asyncio.sleep(0.01)
    print("default handler used")

    # callbacks keep running after an exception
    order = []
    loop.set_exception_handler(lambda l, c: order.append("handled"))
    loop.call_soon(order.append, 1)
    loop.call_soon(broken_cb)
    loop.call_soon(order.append, 2)
    await asyncio.sleep(0.01)
    print(order)

    # debug mode toggling
    print(loop.get_debug())
    loop.set_debug(True)
    print(loop.get_debug())
    try:
        loop.call_soon(main())
    except TypeError as e:
        print("TypeError", e)
    loop.set_debug(False)

asyncio.run(main())

# unhandled exception at asyncio.run shutdown
async def leaves_failing_task():
    async def fails_on_cancel():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise ValueError("during shutdown")
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(fails_on_cancel())
    await asyncio.sleep(0)
    return "main returned"
print(asyncio.run(leaves_failing_task()))
