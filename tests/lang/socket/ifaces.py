# network interface names and indexes (only the loopback interface is assumed)
import socket
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
names = socket.if_nameindex()
lo = [n for i, n in names if n == 'lo']
print(type(names).__name__, bool(lo), all(isinstance(i, int) for i, n in names))
idx = socket.if_nametoindex('lo')
print(socket.if_indextoname(idx), socket.if_nametoindex(b'lo') == idx)
t('nametoindex bad', lambda: socket.if_nametoindex('nosuchif0'))
t('nametoindex int', lambda: socket.if_nametoindex(5))
t('indextoname bad', lambda: socket.if_indextoname(99999))
t('indextoname neg', lambda: socket.if_indextoname(-1))
t('indextoname str', lambda: socket.if_indextoname('1'))
t('indextoname big', lambda: socket.if_indextoname(2**40))
