# loop.sendfile / loop.sock_sendfile / socket.sendfile with files
import asyncio, os, socket, tempfile

data = bytes(range(256)) * 2000   # 512000 bytes
fd, path = tempfile.mkstemp()
os.write(fd, data)
os.close(fd)

async def main():
    loop = asyncio.get_running_loop()
    received = []
    done = loop.create_future()

    class Sink(asyncio.Protocol):
        def __init__(self):
            self.buf = bytearray()
        def data_received(self, d):
            self.buf += d
        def connection_lost(self, exc):
            received.append(bytes(self.buf))
            done.set_result(None)

    server = await loop.create_server(Sink, '127.0.0.1', 0)
    addr = server.sockets[0].getsockname()
    class Src(asyncio.Protocol):
        pass
    tr, pr = await loop.create_connection(Src, *addr)
    with open(path, 'rb') as f:
        n = await loop.sendfile(tr, f)
        print('sent', n, f.tell())
        n = await loop.sendfile(tr, f, offset=1000, count=24)
        print('sent part', n, f.tell())
        try:
            await loop.sendfile(tr, f, count=0)
        except ValueError as e:
            print('ValueError', e)
        try:
            await loop.sendfile(tr, f, offset=-1)
        except ValueError as e:
            print('ValueError', e)
    with open(path, 'r') as tf:
        try:
            await loop.sendfile(tr, tf)
        except ValueError as e:
            print('ValueError', e)
    print('protocol restored', tr.get_protocol() is pr, tr.is_reading())
    tr.close()
    await done
    print('received', len(received[0]), received[0] == data + data[1000:1024])
    server.close()
    await server.wait_closed()

    # sock_sendfile on raw non-blocking sockets
    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    with open(path, 'rb') as f:
        send = asyncio.ensure_future(loop.sock_sendfile(a, f, 100, 5000))
        got = bytearray()
        while len(got) < 5000:
            got += await loop.sock_recv(b, 65536)
        print('sock_sendfile', await send, got == data[100:5100], f.tell())
    a.close(); b.close()

asyncio.run(main())

# blocking socket.sendfile
a, b = socket.socketpair()
with open(path, 'rb') as f:
    import threading
    out = bytearray()
    def reader():
        while len(out) < 10000:
            out.extend(b.recv(65536))
    t = threading.Thread(target=reader)
    t.start()
    print('socket.sendfile', a.sendfile(f, 5, 10000), f.tell())
    t.join()
    print(out == data[5:10005])
    try:
        a.sendfile(f, count=-1)
    except ValueError as e:
        print('ValueError', e)
a.close(); b.close()
os.unlink(path)
