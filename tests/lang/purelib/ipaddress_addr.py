import ipaddress as ia
from ipaddress import *

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for a in ['192.168.1.1', '0.0.0.0', '255.255.255.255', '127.0.0.1', '10.1.2.3', '8.8.8.8', '100.64.1.1', '169.254.3.4',
          '224.0.0.1', '240.0.0.1', '192.0.0.9', '192.0.2.5', '172.16.5.4', '1.2.3', '1.2.3.4.5', '01.2.3.4', '256.1.1.1',
          '1.2.3.x', '', '1..2.3', '1234.1.1.1', '1.2.3.4/24', 3232235777, 0, 2**32, -1, b'\x7f\x00\x00\x01', b'\x01\x02',
          '::1', '::', 'fe80::1', '2001:db8::8:800:200c:417a', 'ff02::1', '::ffff:192.168.1.1', '::ffff:127.0.0.1',
          '2001:0:4136:e378:8000:63bf:3fff:fdd2', '2002:c000:022a::', 'fec0::1', '1:2:3:4:5:6:7:8', '1::2::3',
          '1:2:3:4:5:6:7:8:9', ':1::2', '1::2:', '12345::', 'g::1', '1:2', '::1.2.3.4', '1:2:3:4:5:6:1.2.3.4',
          '::1.2.3', 'fe80::1%eth0', 'fe80::1%', '2001:db8:0:0:1:0:0:1', '0:0:0:0:0:0:0:0', '1:0:0:2:0:0:0:3',
          2**128 - 1, 2**128, b'\x00' * 15 + b'\x01', '100::1', '2001:1::1', '2001:3::5', 'FE80::ABCD']:
    show('ip_address %r' % (a,), lambda: ip_address(a))
    for cls in (IPv4Address, IPv6Address):
        try:
            x = cls(a)
        except Exception as e:
            print('  ', cls.__name__, type(e).__name__, e)
            continue
        props = ['version', 'max_prefixlen', 'packed', 'exploded', 'compressed', 'reverse_pointer', 'is_private',
                 'is_global', 'is_multicast', 'is_reserved', 'is_loopback', 'is_link_local', 'is_unspecified']
        if cls is IPv6Address:
            props += ['ipv4_mapped', 'teredo', 'sixtofour', 'is_site_local', 'scope_id']
        else:
            props += ['ipv6_mapped']
        print('  ', repr(x), str(x), int(x))
        for p in props:
            try:
                print('     ', p, repr(getattr(x, p)))
            except Exception as e:
                print('     ', p, type(e).__name__, e)

a = IPv4Address('10.0.0.1'); b = IPv4Address('10.0.0.2'); c = IPv6Address('::1')
print(a < b, a == IPv4Address(167772161), a != b, a + 1, b - 1, max(a, b), sorted([b, a]))
show('mixed lt', lambda: a < c)
show('mixed eq', lambda: a == c)
show('add overflow', lambda: IPv4Address('255.255.255.255') + 1)
show('add str', lambda: a + 'x')
show('eq str', lambda: a == '10.0.0.1')
print(hash(a) == hash(IPv4Address('10.0.0.1')), len({a, b, IPv4Address('10.0.0.1')}))
for f in ['', 's', '>20s', 'b', '#b', '_b', '#_b', 'x', '#x', '_x', 'X', '#_X', 'n', 'd']:
    show('format v4 ' + f, lambda: format(a, f))
    show('format v6 ' + f, lambda: format(c, f))
print(f'{a}', f'{c!r}')
print(v4_int_to_packed(1), v6_int_to_packed(1))
show('v4 packed neg', lambda: v4_int_to_packed(-1))
show('v6 packed big', lambda: v6_int_to_packed(2**128))
print(IPv6Address('fe80::1%eth0') == IPv6Address('fe80::1'), IPv6Address('fe80::1%1').scope_id)
print(get_mixed_type_key(a), get_mixed_type_key(ip_network('10.0.0.0/8')), get_mixed_type_key(5))
print(sorted([c, a, ip_network('1.0.0.0/8')], key=get_mixed_type_key))
import pickle, copy
print(pickle.loads(pickle.dumps(c)), copy.copy(a), copy.deepcopy(IPv6Address('fe80::1%x')))
print(issubclass(AddressValueError, ValueError), issubclass(NetmaskValueError, ValueError))
