# every socket method and module function with assorted bad arguments:
# each call raises (or returns) cleanly; prints only the exception types
import socket

values = [None, -1, 2**70, 'x', b'x', 1.5, (), [], object(), ('127.0.0.1',), ('x', -5)]
s = socket.socket()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
methods = ['bind', 'connect', 'connect_ex', 'recv', 'recvfrom', 'recv_into', 'recvfrom_into',
           'send', 'sendall', 'sendto', 'setblocking', 'settimeout', 'shutdown', 'listen',
           'getsockopt', 'setsockopt', 'sendmsg', 'recvmsg']
results = {}
for sock in (s, u):
    for m in methods:
        f = getattr(sock, m)
        kinds = []
        for v in values:
            for args in ((v,), (v, v), (1, v), (v, 1, 1)):
                try:
                    f(*args)
                    kinds.append('ok')
                except Exception as e:
                    kinds.append(type(e).__name__)
        results[(sock.type, m)] = len(kinds)
print(len(results), sum(results.values()))
funcs = ['getaddrinfo', 'getnameinfo', 'gethostbyname', 'gethostbyname_ex', 'inet_aton',
         'inet_ntoa', 'inet_pton', 'inet_ntop', 'htons', 'ntohl', 'getservbyname',
         'getservbyport', 'getprotobyname', 'setdefaulttimeout', 'socketpair', 'CMSG_LEN']
n = 0
for name in funcs:
    f = getattr(socket, name)
    for v in values:
        for args in ((v,), (v, v), (socket.AF_INET, v)):
            try:
                f(*args)
            except Exception:
                pass
            n += 1
socket.setdefaulttimeout(None)
print(n, 'calls survived')
s.close(); u.close()
for m in methods:
    try:
        getattr(s, m)(1)
    except Exception as e:
        pass
print('closed socket calls survived')
