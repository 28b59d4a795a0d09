# Deterministic pseudo-random operation sequences on list, dict and set;
# the printed states (including int set iteration order) must match CPython.
class LCG:
    def __init__(self, seed): self.x = seed
    def r(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.x >> 33) % n
g = LCG(2024)
lst = []
for step in range(3000):
    op = g.r(10)
    n = len(lst)
    if op < 3:
        lst.append(g.r(1000))
    elif op == 3 and n:
        lst.pop(g.r(n))
    elif op == 4:
        lst.insert(g.r(n + 3) - 1, g.r(50))
    elif op == 5:
        a, b = g.r(n + 4) - 2, g.r(n + 4) - 2
        lst[a:b] = [g.r(9) for _ in range(g.r(4))]
    elif op == 6 and n:
        step_ = g.r(4) + 1
        del lst[g.r(n)::step_]
    elif op == 7 and n > 5:
        s = g.r(3) + 2
        k = len(lst[1::s])
        lst[1::s] = range(k)
    elif op == 8:
        lst.extend(lst[:g.r(5)])
    elif op == 9 and n:
        if g.r(2):
            lst.sort()
        else:
            lst.reverse()
    if step % 500 == 0:
        print(step, len(lst), sum(lst), lst[:8])
print(len(lst), sum(lst), lst[-10:])
d = {}
for step in range(5000):
    op = g.r(6)
    k = g.r(300)
    if op < 3:
        d[k] = step
    elif op == 3:
        d.pop(k, None)
    elif op == 4 and d and g.r(4) == 0:
        d.popitem()
    elif op == 5:
        d.setdefault(k, -step)
    if step % 1000 == 0:
        print(step, len(d), list(d)[:8], sum(d.values()))
print(len(d), list(d.items())[-5:])
s = set()
for step in range(5000):
    op = g.r(5)
    k = g.r(400) - 100
    if op < 2:
        s.add(k)
    elif op == 2:
        s.discard(k)
    elif op == 3 and g.r(10) == 0:
        other = {g.r(400) - 100 for _ in range(g.r(30))}
        which = g.r(4)
        if which == 0: s |= other
        elif which == 1: s &= other | set(list(s)[: len(s) // 2])
        elif which == 2: s -= other
        else: s ^= other
    elif op == 4 and s and g.r(5) == 0:
        s.pop()
    if step % 1000 == 0:
        print(step, len(s), list(s)[:10])
print(len(s), list(s)[:20], sorted(s)[:5])
print(list(set([3, 11, 19, 27, 35])), list(set([-5, -13, 8, 16])), list(set(range(40, 0, -3))))
fs = frozenset(range(0, 200, 7))
print(list(fs)[:10], list(fs | set([1, 2, 3]))[:10], list(fs & set(range(0, 100))), list(fs ^ set([0, 7, 300]))[:10])
