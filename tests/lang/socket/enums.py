# the enum views of the constants
import socket

print(repr(socket.AF_INET), repr(socket.AF_INET6), repr(socket.AF_UNIX), repr(socket.AF_UNSPEC))
print(repr(socket.SOCK_STREAM), repr(socket.SOCK_DGRAM), repr(socket.SOCK_RAW), repr(socket.SOCK_SEQPACKET))
print(str(socket.AF_INET), format(socket.AF_INET), '%d' % socket.AF_INET, int(socket.SOCK_DGRAM))
print(socket.AF_INET == 2, socket.SOCK_STREAM + 0, socket.AF_INET6 > socket.AF_INET)
print(socket.AddressFamily(2), repr(socket.AddressFamily(10)), socket.AddressFamily.AF_UNIX.name)
print(repr(socket.SocketKind(1)), socket.SocketKind.SOCK_DGRAM.value)
print(repr(socket.SocketKind(socket.SOCK_NONBLOCK)), repr(socket.SocketKind(socket.SOCK_CLOEXEC)))
print(repr(socket.MsgFlag.MSG_PEEK), repr(socket.MSG_PEEK | socket.MSG_DONTWAIT))
print(repr(socket.AddressInfo.AI_PASSIVE), repr(socket.AI_CANONNAME | socket.AI_NUMERICHOST))
print(isinstance(socket.AF_INET, int), type(socket.AF_INET).__name__, type(socket.MSG_OOB).__name__)
for name in ['SOL_SOCKET', 'SO_REUSEADDR', 'IPPROTO_TCP', 'IPPROTO_UDP', 'TCP_NODELAY',
             'SHUT_RD', 'SHUT_WR', 'SHUT_RDWR', 'INADDR_ANY', 'INADDR_LOOPBACK', 'INADDR_BROADCAST',
             'NI_NUMERICHOST', 'NI_NUMERICSERV', 'EAI_NONAME', 'SOMAXCONN', 'IPV6_V6ONLY',
             'MSG_NOSIGNAL', 'SO_ERROR', 'SO_RCVBUF', 'IP_TTL']:
    v = getattr(socket, name)
    print(name, repr(v))
try:
    socket.AddressFamily(12345)
except ValueError as e:
    print('ValueError', e)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(repr(s.family), repr(s.type), type(s.proto).__name__)
s.close()
print(socket.has_ipv6, callable(socket.has_dualstack_ipv6))
print(sorted(n for n in ('socket', 'create_connection', 'getaddrinfo', 'AF_INET', 'timeout', 'gaierror') if n in socket.__all__))
import _socket
print(repr(_socket.AF_INET), type(_socket.AF_INET).__name__)
print(_socket.socket is socket.SocketType, socket.socket.__mro__[1] is _socket.socket)
