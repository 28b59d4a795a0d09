# TCP echo between a server thread and clients over 127.0.0.1 (port 0)
import socket, threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, port > 0, srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
log = []

def handle(conn):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data[::-1])
    log.append('closed')

def serve(n):
    for _ in range(n):
        conn, addr = srv.accept()
        log.append(addr[0])
        threading.Thread(target=handle, args=(conn,)).start()

st = threading.Thread(target=serve, args=(3,))
st.start()
for i in range(3):
    c = socket.socket()
    c.connect(('127.0.0.1', port))
    print('peer', c.getpeername() == (host, port), c.getsockname()[0])
    for msg in [b'hello', b'x' * 100, bytes(range(10))]:
        c.sendall(msg)
        got = b''
        while len(got) < len(msg):
            got += c.recv(4096)
        print(i, len(got), got == msg[::-1])
    c.shutdown(socket.SHUT_WR)
    print('eof', c.recv(10))
    c.close()
st.join()
srv.close()
import time
for _ in range(2000):
    if log.count('closed') == 3:
        break
    time.sleep(0.01)
print(sorted(log))

# recv_into / recvfrom / recvfrom_into / MSG_PEEK / send return value
a, b = socket.socketpair(socket.AF_INET if False else socket.AF_UNIX)
print(a.send(b'abcdef'))
print(b.recv(3, socket.MSG_PEEK), b.recv(2))
buf = bytearray(10)
print(b.recv_into(buf, 2), buf)
print(b.recv_into(memoryview(buf)[5:]), buf)
a.send(b'zz')
print(b.recvfrom(10))
a.send(b'yy')
print(b.recvfrom_into(buf))
a.close()
print(b.recv(10), b.recv(10))
b.close()

# connect_ex success and refused; large transfers both ways
srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
c = socket.socket()
print('connect_ex', c.connect_ex(('127.0.0.1', port)))
conn, _ = srv.accept()
payload = bytes(range(256)) * 4096   # 1 MiB
t = threading.Thread(target=lambda: conn.sendall(payload))
t.start()
got = bytearray()
while len(got) < len(payload):
    chunk = c.recv(65536)
    if not chunk:
        break
    got += chunk
t.join()
print('big', len(got), got == payload)
conn.close(); c.close(); srv.close()
