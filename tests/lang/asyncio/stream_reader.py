import asyncio

async def main():
    loop = asyncio.get_running_loop()
    r = asyncio.StreamReader()
    print(repr(r), r.at_eof())
    r.feed_data(b"hello\nwor")
    print(repr(r))
    print(await r.readline())
    loop.call_later(0.01, r.feed_data, b"ld\nrest")
    print(await r.readline())
    print(await r.read(2), await r.read(100))
    loop.call_soon(r.feed_data, b"abc")
    loop.call_soon(r.feed_data, b"def")
    print(await r.readexactly(5))
    r.feed_eof()
    print(repr(r), r.at_eof())
    try:
        await r.readexactly(3)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e, e.partial, e.expected)
    print(await r.read(), await r.readline(), r.at_eof())

    r = asyncio.StreamReader()
    r.feed_data(b"a,b;c,")
    print(await r.readuntil(b","), await r.readuntil(b";"))
    print(await r.readuntil((b",", b";")))
    try:
        await r.readuntil(b"")
    except ValueError as e:
        print("ValueError", e)
    r.feed_data(b"tail")
    r.feed_eof()
    try:
        await r.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e.partial, e.expected)

    # read(-1) collects everything until EOF
    r = asyncio.StreamReader()
    async def feeder():
        for part in (b"one ", b"two ", b"three"):
            await asyncio.sleep(0.002)
            r.feed_data(part)
        r.feed_eof()
    asyncio.create_task(feeder())
    print(await r.read())

    # async iteration by lines
    r = asyncio.StreamReader()
    r.feed_data(b"l1\nl2\nl3")
    r.feed_eof()
    print([line async for line in r])

    # limits
    r = asyncio.StreamReader(limit=4)
    print(repr(r))
    r.feed_data(b"toolongline\nok\n")
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError", e)
    print(await r.readline())
    r = asyncio.StreamReader(limit=3)
    r.feed_data(b"abcdef")
    try:
        await r.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError", e, e.consumed)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError", e)

    # exceptions
    r = asyncio.StreamReader()
    async def waiter():
        return await r.read(10)
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    try:
        await r.read(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    r.set_exception(ConnectionResetError("reset"))
    try:
        await t
    except ConnectionResetError as e:
        print("waiter got", repr(e))
    print(repr(r.exception()))
    try:
        await r.readline()
    except ConnectionResetError as e:
        print("readline got", repr(e))
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
