# asyncio network I/O with threads: call_soon_threadsafe wakes a loop blocked
# in select(), blocking clients in threads talk to an asyncio server, and
# several event loops run network I/O in parallel threads
import asyncio, socket, threading, time

async def waker_test():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def other():
        time.sleep(0.1)
        loop.call_soon_threadsafe(fut.set_result, 'woken by thread')
    t = threading.Thread(target=other)
    start = time.monotonic()
    t.start()
    print(await fut, time.monotonic() - start < 5)
    t.join()

async def server_for_threads():
    async def handle(reader, writer):
        async for line in reader:
            writer.write(line[::-1])
            await writer.drain()
        writer.close()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    addr = server.sockets[0].getsockname()
    def blocking_client(i):
        with socket.create_connection(addr) as s:
            f = s.makefile('rwb')
            out = []
            for j in range(5):
                f.write(b'%d.%d\n' % (i, j))
                f.flush()
                out.append(f.readline())
            f.close()
            return out
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking_client, i)
                                     for i in range(6)))
    for r in results:
        print(r)
    server.close()
    await server.wait_closed()

def loop_in_thread(n, out):
    async def run():
        async def handle(reader, writer):
            data = await reader.read()
            writer.write(b'%d bytes' % len(data))
            await writer.drain()
            writer.close()
        server = await asyncio.start_server(handle, '127.0.0.1', 0)
        addr = server.sockets[0].getsockname()
        replies = []
        for k in range(5):
            r, w = await asyncio.open_connection(*addr)
            w.write(b'a' * (1000 * (k + n)))
            w.write_eof()
            replies.append(await r.read())
            w.close()
            await w.wait_closed()
        server.close()
        await server.wait_closed()
        return replies
    out[n] = asyncio.run(run())

asyncio.run(waker_test())
asyncio.run(server_for_threads())
out = {}
ts = [threading.Thread(target=loop_in_thread, args=(n, out)) for n in range(4)]
for t in ts: t.start()
for t in ts: t.join()
for n in sorted(out):
    print(n, out[n])

# stop() from another thread via call_soon_threadsafe while select() waits
loop = asyncio.new_event_loop()
threading.Timer(0.1, loop.call_soon_threadsafe, args=(loop.stop,)).start()
loop.run_forever()
print('stopped from thread')
loop.close()
print('closed', loop.is_closed())
