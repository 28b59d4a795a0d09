from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
od = OrderedDict(a=1, b=2)
od['c'] = 3
od.move_to_end('a')
print(od, list(od), od.popitem(last=False), od)
dd = defaultdict(list)
dd['x'].append(1)
dd['y']
print(dd, dict(dd), dd.default_factory)
c = Counter('abracadabra')
print(c.most_common(3), c['a'], c['zz'], sorted(c.elements())[:5])
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4)
print(dq, list(reversed(dq)), dq.popleft())
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x, p._asdict(), p._replace(y=5), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
