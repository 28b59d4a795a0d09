a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
c = {5, 7, 9}
print(a | b | c, a & b & c, a - b - c, a ^ b ^ c)
print(a.union(b, c), a.intersection(b, c), a.difference(b, c), a.symmetric_difference(b))
print(a.union([10], range(2)), a.intersection(range(3, 10), [4, 5]), a.difference('abc', [1]))
print((a | b) - (a & b) == a ^ b, a - (a - b) == a & b, a <= a | b, a & b <= a)
print(set(range(10)) & set(range(5, 15)), set(range(10)) - set(range(0, 10, 2)))
print({1, 2} | frozenset([3]), frozenset([3]) | {1, 2}, type({1} | frozenset()).__name__, type(frozenset() | {1}).__name__)
print({2 ** 40, 2 ** 41, 3} & {3, 2 ** 41}, {-1, -2} | {-3})
x = set()
x |= {1}
x.update(range(3), [7])
x &= {0, 1, 7, 9}
x -= {0}
x ^= {7, 8}
print(x)
print(set('abracadabra') == set('abrcd'), sorted(set('abracadabra') - set('alacazam')), sorted(set('abracadabra') ^ set('alacazam')))
print(len({i % 10 for i in range(1000)}), {i for i in range(50) if i % 7 == 0})
s = set(range(100))
for i in range(0, 100, 3):
    s.remove(i)
print(len(s), sorted(s)[:10], s.pop() in range(100), len(s))
e = set()
print(e | e, e & {1}, e - {1}, {1} - e, e ^ {1}, e <= {1}, e < set(), e.issubset([]), e.isdisjoint(e))
print({1, 2, 3}.issuperset(range(1, 3)), {1, 2}.issuperset([1, 2, 3]), {1}.isdisjoint(range(2, 100)))
big = set(range(1000))
small = {5, 500, 5000}
print(big & small, small & big, big.intersection(small), sorted(small - big), len(big - small), len(big.difference(small)))
print(big.issuperset(range(10)), set(range(10)).issubset(big), (big ^ set(range(1, 1001))) == {0, 1000})
