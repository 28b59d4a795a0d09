# sendmsg/recvmsg with ancillary data; passing file descriptors
import os, socket, tempfile

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a, b = socket.socketpair()
print(a.sendmsg([b'one ', bytearray(b'two '), memoryview(b'three')]))
data, anc, flags, addr = b.recvmsg(100)
print(data, anc, flags, repr(addr))
print(a.sendmsg([b'gen-%d ' % i for i in range(3)]))
print(b.recvmsg(100)[0])
print(a.sendmsg([]), a.sendmsg([b'']))

# pass two fds: a pipe's read end and a temporary file
r, w = os.pipe()
fd, path = tempfile.mkstemp()
os.write(fd, b'file contents')
print(socket.send_fds(a, [b'fds here'], [r, fd]))
msg, fds, flags, addr = socket.recv_fds(b, 100, 4)
print(msg, len(fds), flags)
os.write(w, b'through the pipe')
print(os.read(fds[0], 100))
os.lseek(fds[1], 0, 0)
print(os.read(fds[1], 100))
print(fds[0] not in (r, fd), os.get_inheritable(fds[0]))
for x in fds + [r, w, fd]:
    os.close(x)
os.unlink(path)

# raw SCM_RIGHTS through sendmsg/recvmsg, truncated control buffer
import struct
r, w = os.pipe()
a.sendmsg([b'x'], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack('i', r))])
msg, anc, flags, addr = b.recvmsg(10, socket.CMSG_SPACE(struct.calcsize('i')))
print(msg, [(lvl == socket.SOL_SOCKET, typ == socket.SCM_RIGHTS, len(d)) for lvl, typ, d in anc], flags)
os.close(struct.unpack('i', anc[0][2])[0])
a.sendmsg([b'y'], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack('2i', r, w))])
msg, anc, flags, addr = b.recvmsg(10, socket.CMSG_LEN(0))
print(msg, anc, flags & socket.MSG_CTRUNC != 0)
os.close(r); os.close(w)

print(socket.CMSG_LEN(0) > 0, socket.CMSG_LEN(4) - socket.CMSG_LEN(0), socket.CMSG_SPACE(4) >= socket.CMSG_LEN(4))
t('CMSG_LEN neg', lambda: socket.CMSG_LEN(-1))
t('sendmsg int', lambda: a.sendmsg(5))
t('sendmsg str item', lambda: a.sendmsg(['x']))
t('sendmsg bad anc', lambda: a.sendmsg([b'x'], [(1, 2)]))
t('sendmsg anc int', lambda: a.sendmsg([b'x'], 5))
t('recvmsg neg', lambda: b.recvmsg(-1))
t('recvmsg anc neg', lambda: b.recvmsg(1, -1))
t('recvmsg noargs', lambda: b.recvmsg())
b.settimeout(0.05)
t('recvmsg timeout', lambda: b.recvmsg(10))
a.close(); b.close()

# datagrams with addresses
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0)); u2.bind(('127.0.0.1', 0))
print(u1.sendmsg([b'dg', b'ram'], [], 0, u2.getsockname()))
data, anc, flags, addr = u2.recvmsg(100)
print(data, anc, flags, addr == u1.getsockname())
u1.sendmsg([b'0123456789'], [], 0, u2.getsockname())
data, anc, flags, addr = u2.recvmsg(4)
print(data, flags & socket.MSG_TRUNC != 0)
u1.close(); u2.close()
