# asyncio transports and protocols: create_connection / create_server,
# BufferedProtocol, half-close, flow control, datagram and unix endpoints
import asyncio, os, socket, tempfile

log = []

class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        log.append(('server made', type(transport).__name__))
    def data_received(self, data):
        self.transport.write(data.upper())
    def eof_received(self):
        log.append('server eof')
        self.transport.write(b'BYE')   # half-closed: writing still works
        self.transport.close()
        return True
    def connection_lost(self, exc):
        log.append(('server lost', exc))
        self.transport.close()

class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.data = b''
    def connection_made(self, transport):
        self.transport = transport
        transport.write(b'hello ')
        transport.writelines([b'wor', b'ld'])
        transport.write_eof()
    def data_received(self, data):
        self.data += data
    def eof_received(self):
        log.append('client eof')
    def connection_lost(self, exc):
        self.done.set_result(self.data)

class Buffered(asyncio.BufferedProtocol):
    def __init__(self, done):
        self.buf = bytearray(4)
        self.chunks = []
        self.done = done
    def get_buffer(self, sizehint):
        return self.buf
    def buffer_updated(self, nbytes):
        self.chunks.append(bytes(self.buf[:nbytes]))
    def eof_received(self):
        return False
    def connection_lost(self, exc):
        self.done.set_result(b''.join(self.chunks))

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, '127.0.0.1', 0)
    addr = server.sockets[0].getsockname()
    done = loop.create_future()
    tr, pr = await loop.create_connection(lambda: Client(done), *addr)
    print(type(tr).__name__, isinstance(tr, asyncio.Transport), tr.get_protocol() is pr)
    print('result', await done)
    await asyncio.sleep(0.05)
    print(sorted(map(str, log)))
    print('closing', tr.is_closing())

    done = loop.create_future()
    tr, pr = await loop.create_connection(lambda: Buffered(done), *addr)
    tr.write(b'buffered protocol data')
    tr.write_eof()
    print('buffered', await done, pr.chunks[:2])

    # flow control: a tiny high-water mark pauses the protocol
    class Slow(asyncio.Protocol):
        events = []
        def pause_writing(self):
            self.events.append('pause')
        def resume_writing(self):
            self.events.append('resume')
    peer_a, peer_b = socket.socketpair()
    tr, pr = await loop.create_connection(Slow, sock=peer_a)
    tr.set_write_buffer_limits(high=1024, low=256)
    print('limits', tr.get_write_buffer_limits())
    tr.write(b'x' * 3000000)
    print('buffered bytes > 0', tr.get_write_buffer_size() > 0, Slow.events)
    peer_b.setblocking(False)
    total = 0
    while total < 3000000:
        try:
            total += len(peer_b.recv(1 << 20))
        except BlockingIOError:
            await asyncio.sleep(0.001)
    await asyncio.sleep(0.01)
    print('drained', total, tr.get_write_buffer_size(), Slow.events)
    try:
        tr.set_write_buffer_limits(high=1, low=5)
    except ValueError as e:
        print('ValueError', e)
    try:
        tr.write('text')
    except TypeError as e:
        print('TypeError', e)
    tr.abort()
    await asyncio.sleep(0)
    print('aborted', tr.is_closing())
    peer_b.close()

    # connect_accepted_socket and pause/resume_reading
    lsock = socket.create_server(('127.0.0.1', 0))
    c = socket.create_connection(lsock.getsockname())
    conn, _ = lsock.accept()
    got = loop.create_future()
    class Acc(asyncio.Protocol):
        def data_received(self, data):
            if not got.done():
                got.set_result(data)
    tr, pr = await loop.connect_accepted_socket(Acc, conn)
    tr.pause_reading()
    print('reading', tr.is_reading())
    c.sendall(b'accepted socket')
    await asyncio.sleep(0.05)
    print('got while paused', got.done())
    tr.resume_reading()
    print(await got, tr.is_reading())
    tr.close()
    c.close(); lsock.close()

    server.close()
    await server.wait_closed()

    # errors
    for kw in [dict(), dict(host='127.0.0.1', port=1, sock=socket.socket())]:
        try:
            await loop.create_connection(asyncio.Protocol, **kw)
        except ValueError as e:
            print('ValueError', e)
    try:
        await loop.create_server(asyncio.Protocol)
    except ValueError as e:
        print('ValueError', e)
    try:
        await loop.create_connection(asyncio.Protocol, '127.0.0.1', addr[1])
    except ConnectionRefusedError as e:
        print('refused', e.errno)
    try:
        await loop.create_connection(asyncio.Protocol, '127.0.0.1', addr[1], all_errors=True)
    except ExceptionGroup as e:
        print('group', [type(x).__name__ for x in e.exceptions])

    # datagram endpoint echo
    class UdpEcho(asyncio.DatagramProtocol):
        def connection_made(self, transport):
            self.transport = transport
        def datagram_received(self, data, addr):
            self.transport.sendto(data[::-1], addr)
    class UdpClient(asyncio.DatagramProtocol):
        def __init__(self):
            self.got = loop.create_future()
        def connection_made(self, transport):
            transport.sendto(b'datagram')
        def datagram_received(self, data, addr):
            self.got.set_result(data)
        def error_received(self, exc):
            print('error_received', type(exc).__name__)
    st, sp = await loop.create_datagram_endpoint(UdpEcho, local_addr=('127.0.0.1', 0))
    saddr = st.get_extra_info('sockname')
    ct, cp = await loop.create_datagram_endpoint(UdpClient, remote_addr=saddr)
    print('udp', await cp.got, type(ct).__name__, ct.get_extra_info('peername') == saddr)
    try:
        ct.sendto(b'x', ('127.0.0.1', 9))
    except ValueError as e:
        print('ValueError', str(e).split(':')[0])
    ct.close(); st.close()
    await asyncio.sleep(0)

    # unix domain server and connection
    d = tempfile.mkdtemp()
    path = os.path.join(d, 'sock')
    async def handler(reader, writer):
        writer.write((await reader.readline()).upper())
        await writer.drain()
        writer.close()
    userver = await asyncio.start_unix_server(handler, path)
    print('unix', userver.sockets[0].family)
    r, w = await asyncio.open_unix_connection(path)
    w.write(b'unix line\n')
    print(await r.readline())
    w.close()
    await w.wait_closed()
    userver.close()
    await userver.wait_closed()
    print('socket file removed', not os.path.exists(path))
    os.rmdir(d)

asyncio.run(main())
print('done')
