# address conversion helpers
import socket

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for a in ['1.2.3.4', '127.0.0.1', '255.255.255.255', '0.0.0.0', '1', '1.2', '1.2.3',
          '0x7f.1', '256.1.1.1', '', 'abc', '1.2.3.4.5', ' 1.2.3.4']:
    t('aton %r' % a, lambda: socket.inet_aton(a))
t('aton bytes', lambda: socket.inet_aton(b'1.2.3.4'))
t('aton int', lambda: socket.inet_aton(5))
for p in [b'\x01\x02\x03\x04', b'\x7f\x00\x00\x01', b'\xff' * 4, b'abc', b'abcde',
          bytearray(b'\x0a\x00\x00\x01'), memoryview(b'\xc0\xa8\x00\x01')]:
    t('ntoa %r' % (bytes(p),), lambda: socket.inet_ntoa(p))
t('ntoa str', lambda: socket.inet_ntoa('abcd'))
for af, a in [(socket.AF_INET, '10.0.0.1'), (socket.AF_INET, '10.0.0'),
              (socket.AF_INET6, '::1'), (socket.AF_INET6, '::'),
              (socket.AF_INET6, 'fe80::1:2:3:4'), (socket.AF_INET6, '2001:db8::ff00:42:8329'),
              (socket.AF_INET6, '::ffff:1.2.3.4'), (socket.AF_INET6, '1:2:3:4:5:6:7:8:9'),
              (socket.AF_INET6, 'zz::'), (99, '1.2.3.4')]:
    t('pton %s %r' % (int(af), a), lambda: socket.inet_pton(af, a))
for af, p in [(socket.AF_INET, b'\x01\x02\x03\x04'), (socket.AF_INET, b'\x01\x02'),
              (socket.AF_INET6, b'\x00' * 15 + b'\x01'), (socket.AF_INET6, b'\x20\x01\x0d\xb8' + b'\x00' * 12),
              (socket.AF_INET6, b'\x00' * 10 + b'\xff\xff\x01\x02\x03\x04'),
              (socket.AF_INET6, b'a' * 16), (socket.AF_INET6, b'a' * 4), (77, b'abcd')]:
    t('ntop %s %r' % (int(af), p), lambda: socket.inet_ntop(af, p))
for addr in ['::1', '2001:db8::1', '1.2.3.4']:
    fam = socket.AF_INET6 if ':' in addr else socket.AF_INET
    print(addr, socket.inet_ntop(fam, socket.inet_pton(fam, addr)))

for f in (socket.htons, socket.ntohs):
    for v in [0, 1, 0x1234, 0xffff, 0x10000, -1, 2**70, True]:
        t('%s(%r)' % (f.__name__, v), lambda: f(v))
    t('%s str' % f.__name__, lambda: f('1'))
    t('%s float' % f.__name__, lambda: f(1.0))
for f in (socket.htonl, socket.ntohl):
    for v in [0, 1, 0x12345678, 0xffffffff, 0x100000000, -1, 2**70]:
        t('%s(%r)' % (f.__name__, v), lambda: f(v))
    t('%s str' % f.__name__, lambda: f('1'))
print(socket.htons(socket.ntohs(0xabcd)) == 0xabcd, socket.ntohl(socket.htonl(7)))
