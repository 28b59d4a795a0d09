n = 200000
l = list(range(n))
print(len(l), sum(l), l[-1], l[n // 2])
l.reverse()
print(l[:3], l[-3:])
l.sort()
print(l[:3] == [0, 1, 2], l == sorted(l))
d = {i: i * 2 for i in range(n)}
print(len(d), d[n - 1], sum(d.values()) == n * (n - 1))
for i in range(0, n, 2):
    del d[i]
print(len(d), min(d), max(d), all(d[k] == 2 * k for k in range(1, n, 2000)))
s = set(range(n))
s -= set(range(0, n, 3))
print(len(s), 3 in s, 4 in s)
sd = {str(i): i for i in range(50000)}
print(len(sd), sd['12345'], '50000' in sd, sum(sd[str(i)] for i in range(0, 50000, 7)))
t = tuple(range(n))
print(len(t), t[-1], t.index(n - 1), hash(t) == hash(tuple(range(n))))
fs = frozenset(range(1000))
print(hash(fs) == hash(frozenset(reversed(range(1000)))))
ll = [[i] for i in range(1000)]
ll.sort(key=lambda x: -x[0])
print(ll[:3], ll[-1])
r = range(10 ** 12)
print(len(r), r[-1], 10 ** 11 in r)
