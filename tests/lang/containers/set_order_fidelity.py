# Set iteration order must follow CPython's table layout for ints and strs
# (PYTHONHASHSEED=0 in the test runner) across every kind of operation.
class LCG:
    def __init__(self, seed): self.x = seed
    def r(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.x >> 33) % n
g = LCG(7)
def rnd_set(n, span):
    return set([g.r(span) - span // 4 for _ in range(n)])
def rnd_strs(n):
    return set(['s%d' % g.r(60) for _ in range(n)])
for round_ in range(12):
    a, b, c = rnd_set(g.r(40), 300), rnd_set(g.r(40), 300), rnd_set(g.r(10), 300)
    print(round_, list(a | b)[:12], list(a & b), list(a - b)[:12], list(a ^ b)[:12])
    print(' ', list(a.union(b, c))[:12], list(a.intersection(b, c)), list(a.difference(b, c))[:12], list(a.symmetric_difference(list(b)))[:12])
    d = a.copy()
    d.update(list(b), dict.fromkeys(c))
    d.difference_update(list(c)[:3])
    d.intersection_update(a | b)
    d.symmetric_difference_update(dict.fromkeys(range(0, 50, 5)))
    print(' ', list(d)[:15], len(d))
    s, t = rnd_strs(g.r(30)), rnd_strs(g.r(30))
    print(' ', list(s | t)[:8], list(s & t), list(s - t)[:8], list(s ^ t)[:8])
    f = frozenset(a)
    print(' ', list(f)[:10], list(f | c)[:10], list(c | f)[:10], list(f.union(range(5)))[:10])
    e = set(a)
    for x in list(b)[:10]:
        e.discard(x)
    for x in list(c):
        e.add(x)
    popped = [e.pop() for _ in range(min(3, len(e)))]
    print(' ', popped, list(e)[:10])
words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split()
print(list(set(words)), list(frozenset(words[:5])), list(set(words) - set(words[::2])))
print(list({w: 1 for w in words}.keys() & set(words[:6])), list(set(words[3:]) & {w: 0 for w in words}.keys()))
print(list(set(dict.fromkeys(words))), list(set(range(100, 0, -7)) | set(words[:3])).__len__())
