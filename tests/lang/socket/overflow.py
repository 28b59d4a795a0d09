# integer arguments out of range: CPython's overflow messages
import socket
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
s = socket.socket()
t('family big', lambda: socket.socket(2**40))
t('recv big', lambda: s.recv(2**70))
t('recv 2**40', lambda: s.recv(2**40))
t('listen big', lambda: s.listen(2**40))
t('setsockopt big', lambda: s.setsockopt(1, 2, 2**40))
t('shutdown big', lambda: s.shutdown(2**40))
t('fileno big', lambda: socket.socket(fileno=2**40))
t('dup bad', lambda: socket.dup(-1))
t('close bad', lambda: socket.close(-1))
t('getservbyport big', lambda: socket.getservbyport(2**40))
t('htons min', lambda: socket.htons(-2**40))
t('recv flags neg big', lambda: s.recv(1, -2**40))
t('inet_pton bigaf', lambda: socket.inet_pton(2**40, 'x'))
t('getaddrinfo bigfam', lambda: socket.getaddrinfo('127.0.0.1', 1, 2**40))
t('sendto bigflags', lambda: s.sendto(b'x', 2**40, ('127.0.0.1', 1)))
t('getsockopt huge', lambda: s.getsockopt(2**40, 1))
t('recv float', lambda: s.recv(1.5))
t('timeout -0.0', lambda: s.settimeout(-0.0))
t('gettimeout', lambda: s.gettimeout())
s.close()
