from ipaddress import *

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for n in ['192.168.0.0/24', '10.0.0.0/8', '10.0.0.1/8', '10.0.0.0/255.0.0.0', '10.0.0.0/0.255.255.255', '10.0.0.0/255.0.255.0',
          '1.2.3.4', '1.2.3.4/32', '1.2.3.4/31', '0.0.0.0/0', '1.2.3.0/33', '1.2.3.0/-1', '1.2.3.0/ 24', '1.2.3.0/24/1',
          '1.2.3.0/x', ('10.0.0.0', 8), ('10.0.0.0', '255.0.0.0'), (167772160, 16), 167772160, b'\x0a\x00\x00\x00',
          '2001:db8::/32', '2001:db8::1/32', '::/0', '::1/128', 'fe80::/10', '2001:db8::/129', '2001:db8::/ffff::',
          ('2001:db8::', 48), '100.64.0.0/10', '192.0.0.0/29', '224.0.0.0/4', '127.0.0.0/8', 'garbage']:
    show('ip_network %r' % (n,), lambda: ip_network(n))
    show('  nonstrict', lambda: ip_network(n, strict=False))
    try:
        net = ip_network(n, strict=False)
    except Exception:
        continue
    for p in ['network_address', 'broadcast_address', 'netmask', 'hostmask', 'prefixlen', 'num_addresses',
              'with_prefixlen', 'with_netmask', 'with_hostmask', 'exploded', 'compressed', 'is_private', 'is_global',
              'is_multicast', 'is_loopback', 'is_link_local', 'is_reserved', 'is_unspecified', 'version']:
        show('    ' + p, lambda: getattr(net, p))
    if net.num_addresses <= 8:
        print('    hosts', list(net.hosts()), list(net))
    show('    [0]', lambda: net[0])
    show('    [-1]', lambda: net[-1])
    show('    [1]', lambda: net[1])
    show('    [big]', lambda: net[2**130])
    show('    [-big]', lambda: net[-2**130])

n = IPv4Network('10.0.0.0/24')
print(IPv4Address('10.0.0.5') in n, IPv4Address('10.0.1.5') in n, IPv6Address('::1') in n, IPv4Network('10.0.0.0/25') in n)
print(list(n.subnets()), list(n.subnets(2)), list(n.subnets(new_prefix=26)))
show('subnets bad', lambda: list(n.subnets(new_prefix=20)))
show('subnets both', lambda: list(n.subnets(2, new_prefix=26)))
show('subnets neg', lambda: list(n.subnets(-1)))
show('subnets too far', lambda: list(n.subnets(9)))
print(n.supernet(), n.supernet(8), n.supernet(new_prefix=16), IPv4Network('0.0.0.0/0').supernet())
show('supernet bad', lambda: n.supernet(new_prefix=30))
show('supernet neg', lambda: n.supernet(30))
print(IPv4Network('10.0.0.0/25').subnet_of(n), n.supernet_of(IPv4Network('10.0.0.0/25')), n.subnet_of(n))
show('subnet_of mixed', lambda: n.subnet_of(IPv6Network('::/0')))
show('subnet_of addr', lambda: n.subnet_of(IPv4Address('1.1.1.1')))
print(n.overlaps(IPv4Network('10.0.0.128/25')), n.overlaps(IPv4Network('10.0.1.0/24')))
print(list(n.address_exclude(IPv4Network('10.0.0.64/26'))))
print(list(IPv4Network('10.0.0.0/24').address_exclude(IPv4Network('10.0.0.0/24'))))
show('exclude outside', lambda: list(n.address_exclude(IPv4Network('11.0.0.0/24'))))
show('exclude mixed', lambda: list(n.address_exclude(IPv6Network('::/0'))))
print(n.compare_networks(IPv4Network('10.0.0.0/25')), n.compare_networks(n), IPv4Network('9.0.0.0/8').compare_networks(n))
print(sorted([IPv4Network('10.0.0.0/25'), n, IPv4Network('9.0.0.0/8')]))
show('net lt mixed', lambda: n < IPv6Network('::/0'))
show('net lt addr', lambda: n < IPv4Address('1.1.1.1'))
print(n == IPv4Network('10.0.0.0/24'), n == IPv4Network('10.0.0.0/25'), n == 'x', hash(n) == hash(IPv4Network('10.0.0.0/24')))
print(list(IPv6Network('2001:db8::/126').hosts()), list(IPv6Network('2001:db8::/127').hosts()), IPv6Network('2001:db8::1/128').hosts())
print(list(summarize_address_range(IPv4Address('192.0.2.0'), IPv4Address('192.0.2.130'))))
print(list(summarize_address_range(IPv6Address('::'), IPv6Address('::ff'))))
print(list(summarize_address_range(IPv4Address('255.255.255.254'), IPv4Address('255.255.255.255'))))
show('summ rev', lambda: list(summarize_address_range(IPv4Address('1.0.0.1'), IPv4Address('1.0.0.0'))))
show('summ mixed', lambda: list(summarize_address_range(IPv4Address('1.0.0.1'), IPv6Address('::2'))))
show('summ net', lambda: list(summarize_address_range(n, n)))
print(list(collapse_addresses([IPv4Network('192.0.2.0/25'), IPv4Network('192.0.2.128/25')])))
print(list(collapse_addresses([IPv4Address('10.0.0.%d' % i) for i in range(0, 10)] + [IPv4Network('10.0.0.8/29')])))
print(list(collapse_addresses([IPv4Network('1.0.0.0/24'), IPv4Network('1.0.0.0/16'), IPv4Network('1.0.1.0/24')])))
show('collapse mixed', lambda: list(collapse_addresses([IPv4Address('1.1.1.1'), IPv6Address('::1')])))

for i in ['192.168.1.5/24', '10.0.0.1', '10.0.0.1/255.255.0.0', '::1/64', 'fe80::5/10', '1.2.3.4/40', 'zz']:
    show('ip_interface %r' % i, lambda: ip_interface(i))
    try:
        x = ip_interface(i)
    except Exception:
        continue
    print('   ', x.ip, x.network, x.netmask, x.hostmask, x.with_prefixlen, x.with_netmask, x.with_hostmask, str(x), x.exploded,
          x.is_private, x.is_loopback, x.is_unspecified)
x = IPv4Interface('192.168.1.5/24'); y = IPv4Interface('192.168.1.6/24')
print(x == y, x < y, x == IPv4Interface('192.168.1.5/24'), x == IPv4Address('192.168.1.5'), x.ip == IPv4Address('192.168.1.5'))
print(hash(x) == hash(IPv4Interface('192.168.1.5/24')), sorted([y, x]))
import pickle
print(pickle.loads(pickle.dumps(n)), pickle.loads(pickle.dumps(x)), pickle.loads(pickle.dumps(IPv6Interface('::1/64'))))
