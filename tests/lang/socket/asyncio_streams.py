# asyncio streams over TCP on 127.0.0.1: start_server / open_connection
import asyncio

async def echo(reader, writer):
    peer = writer.get_extra_info('peername')
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(b'echo ' + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, n):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    out = []
    for i in range(3):
        writer.write(b'%d:%d\n' % (n, i))
        await writer.drain()
        out.append(await reader.readline())
    writer.write_eof()
    print(n, 'eof after write_eof', await reader.read(), writer.can_write_eof())
    writer.close()
    await writer.wait_closed()
    return out

async def main():
    server = await asyncio.start_server(echo, '127.0.0.1', 0)
    print(type(server).__name__, server.is_serving(), len(server.sockets))
    sock = server.sockets[0]
    host, port = sock.getsockname()
    print(host, port > 0, server.get_loop() is asyncio.get_running_loop())
    results = await asyncio.gather(*(client(port, n) for n in range(4)))
    for r in results:
        print(r)

    # reader helpers
    async def talker(reader, writer):
        writer.write(b'line1\nABCDEFrest-of-it;tail')
        await writer.drain()
        writer.close()
    srv2 = await asyncio.start_server(talker, '127.0.0.1', 0)
    r, w = await asyncio.open_connection(*srv2.sockets[0].getsockname())
    print(await r.readline())
    print(await r.readexactly(6))
    print(await r.readuntil(b';'))
    print(await r.read(100), await r.read(100), r.at_eof())
    try:
        await r.readexactly(1)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e.partial, e.expected)
    w.close()
    await w.wait_closed()
    srv2.close()
    await srv2.wait_closed()
    print('srv2 serving', srv2.is_serving(), srv2.sockets)

    # extra info and writer properties
    r, w = await asyncio.open_connection('127.0.0.1', port)
    print(w.get_extra_info('peername') == (host, port),
          w.get_extra_info('sockname')[0], w.get_extra_info('nonexistent', 'dflt'))
    print(type(w.transport).__name__, w.is_closing(), w.get_extra_info('socket').family)
    w.close()
    print('closing', w.is_closing())
    await w.wait_closed()

    server.close()
    await server.wait_closed()
    print('closed', server.is_serving())
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('refused', type(e).__name__)

    # async with server, serve_forever cancelled
    async def hello(reader, writer):
        writer.write(b'hello\n')
        await writer.drain()
        writer.close()
    async with await asyncio.start_server(hello, '127.0.0.1', 0, start_serving=False) as srv:
        print('start_serving=False', srv.is_serving())
        task = asyncio.create_task(srv.serve_forever())
        await asyncio.sleep(0)
        print('serving', srv.is_serving())
        r, w = await asyncio.open_connection(*srv.sockets[0].getsockname())
        print(await r.readline())
        w.close()
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print('serve_forever cancelled', srv.is_serving())
    # limit
    async def big(reader, writer):
        writer.write(b'x' * 100 + b'\n')
        await writer.drain()
        writer.close()
    srv3 = await asyncio.start_server(big, '127.0.0.1', 0)
    r, w = await asyncio.open_connection(*srv3.sockets[0].getsockname(), limit=10)
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError', e)
    w.close()
    srv3.close()
    await srv3.wait_closed()

asyncio.run(main())
print('done')
