# asyncio low-level socket coroutines and readers/writers
import asyncio, socket

async def main():
    loop = asyncio.get_running_loop()
    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    lsock.listen()
    lsock.setblocking(False)
    addr = lsock.getsockname()

    csock = socket.socket()
    csock.setblocking(False)
    accept = asyncio.ensure_future(loop.sock_accept(lsock))
    await loop.sock_connect(csock, addr)
    conn, caddr = await accept
    print('accepted', caddr == csock.getsockname(), conn.gettimeout())
    await loop.sock_sendall(csock, b'ping')
    print(await loop.sock_recv(conn, 100))
    big = b'z' * 3000000
    send = asyncio.ensure_future(loop.sock_sendall(conn, big))
    got = bytearray()
    while len(got) < len(big):
        data = await loop.sock_recv(csock, 1 << 16)
        if not data:
            break
        got += data
    await send
    print('big', len(got), got == big)
    buf = bytearray(8)
    loop.call_later(0.05, conn.send, b'into')
    n = await loop.sock_recv_into(csock, buf)
    print('recv_into', n, bytes(buf[:n]))
    conn.close()
    print('eof', await loop.sock_recv(csock, 10))
    csock.close()

    # refused / bad address
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, addr)  # the listener still exists: connects
        print('connected again')
    except OSError as e:
        print(type(e).__name__)
    s.close()
    lsock.close()
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, addr)
    except ConnectionRefusedError as e:
        print('refused', e.errno)
    s.close()

    # datagrams
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for x in (a, b):
        x.bind(('127.0.0.1', 0))
        x.setblocking(False)
    recv = asyncio.ensure_future(loop.sock_recvfrom(b, 100))
    await asyncio.sleep(0.01)
    print('sendto', await loop.sock_sendto(a, b'dgram', b.getsockname()))
    data, frm = await recv
    print(data, frm == a.getsockname())
    await loop.sock_sendto(b, b'back', a.getsockname())
    buf = bytearray(10)
    n, frm = await loop.sock_recvfrom_into(a, buf)
    print(n, bytes(buf[:n]))
    a.close(); b.close()

    # add_reader / remove_reader / add_writer
    r, w = socket.socketpair()
    r.setblocking(False)
    got = loop.create_future()
    def on_read():
        got.set_result(r.recv(100))
        loop.remove_reader(r.fileno())
    loop.add_reader(r.fileno(), on_read)
    w.send(b'readable')
    print(await got)
    print('remove again', loop.remove_reader(r.fileno()))
    wrote = loop.create_future()
    def on_write():
        loop.remove_writer(w)
        wrote.set_result('writable')
    loop.add_writer(w, on_write)
    print(await wrote)
    try:
        loop.add_reader('bad', print)
    except ValueError as e:
        print('ValueError', e)
    r.close(); w.close()

    # cancelling a pending sock_recv leaves no reader behind
    r, w = socket.socketpair()
    r.setblocking(False)
    t = asyncio.ensure_future(loop.sock_recv(r, 10))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled recv')
    print('reader removed', loop.remove_reader(r.fileno()))
    w.send(b'after')
    print(await loop.sock_recv(r, 10))
    r.close(); w.close()

    # resolution
    infos = await loop.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM)
    print(infos)
    print(await loop.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))

asyncio.run(main())
print('done')
