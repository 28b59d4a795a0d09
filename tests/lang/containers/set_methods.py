def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, 5 not in s)
s.add(4); s.add(1); print(s)
s.discard(4); s.discard(99); print(s)
s.remove(3); print(s)
t(lambda: s.remove(3))
t(lambda: s.remove([]))
t(lambda: s.add([]))
t(lambda: {[]})
t(lambda: [] in s)
print(s.pop(), s)
e = set()
t(lambda: e.pop())
print(e, set(), set([1, 2, 2, 3]), set('hello') == {'h', 'e', 'l', 'o'}, set(range(5)), set({1: 2, 3: 4}), set((5, 5, 6)))
t(lambda: set(1))
t(lambda: set(1, 2))
t(lambda: set(a=1))
u = {1, 2, 3}
u.update([3, 4], (5,), {6}); print(u)
u.clear(); print(u, len(u))
c = {1, 2}
c2 = c.copy(); c2.add(3); print(c, c2)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.union([7], (8,)), a.union(), a.intersection(b), a.intersection(b, {4}), a.intersection())
print(a.difference(b), a.difference([1], [2]), a.difference(), a.symmetric_difference(b), a.symmetric_difference([1, 9]))
t(lambda: a | [1])
t(lambda: a & [1])
t(lambda: a - [1])
t(lambda: a ^ [1])
t(lambda: a.symmetric_difference(1, 2))
t(lambda: a.union(1))
x = {1, 2, 3}
x |= {4}; print(x)
x &= {1, 2, 4, 9}; print(x)
x -= {1}; print(x)
x ^= {2, 10}; print(x)
y = {1, 2, 3, 4, 5}
y.intersection_update({1, 2, 3, 9}, [2, 3]); print(y)
y.difference_update([3]); print(y)
y.symmetric_difference_update([2, 7]); print(y)
def ior_list():
    z = {1}
    z |= [2]
t(ior_list)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} < {1, 2, 3}, {1, 2, 3} >= {1}, {1} > {1}, {1, 2} == {2, 1}, {1} != {1})
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1, 2}.issuperset([3]), {1}.isdisjoint([2]), {1}.isdisjoint({1, 5}), set().isdisjoint([]))
print({1, 2} == frozenset({1, 2}), {1} == [1], {1, 2} < frozenset({1, 2, 3}))
t(lambda: {1} < [1])
t(lambda: hash({1}))
print({1, 1.0, True}, {0, False, 0.0}, {(1, 2), (1, 2)}, {None})
print(sorted({'b', 'a', 'c'}), {'only'}, {''})
big = set(range(100))
for i in range(0, 100, 2):
    big.discard(i)
print(len(big), sum(big), min(big), max(big))
print(set(range(20)) - set(range(5, 15)))
print({x % 7 for x in range(50)})
print(set([5, 3, 9, 1, 33, 17, 65]))
print({-1, -2, 0, 1, 2})
h = 100
print({h, 200, 300, 8, 16, 24}, set(frozenset([100, 200, 300, 8, 16, 24])))
