people = [('ann', 30, 'nyc'), ('bob', 25, 'sf'), ('cy', 30, 'la'), ('dee', 25, 'nyc'), ('ed', 35, 'sf')]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_city = sorted(people, key=lambda p: p[2])
by_age_then_city = sorted(by_city, key=lambda p: p[1])
print(by_age_then_city)
print(sorted(people, key=lambda p: p[1], reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(sorted(['b10', 'a2', 'a10', 'b1'], key=lambda s: (s[0], int(s[1:]))))
print(sorted([[3, 1], [1, 2], [3, 0], [1]]), sorted([(1, 2), (1,), ()]))
print(sorted([-3, 1, -2, 4], key=abs), sorted([-3, 1, -2, 4], key=abs, reverse=True))
print(sorted('The Quick brown Fox'.split(), key=str.casefold))
print(sorted({'x': 3, 'y': 1, 'z': 2}.items(), key=lambda kv: kv[1]))
print(sorted([0.1, 1e-5, -0.0, 0.0, 1e10, -1e10]))
print(sorted([True, False, 2, 1, 0]), sorted(['', 'a', 'A', ' ', '0']))
print(sorted(['é', 'e', 'z', 'É', 'ä']))
print(sorted([2 ** 70, 2 ** 65, -2 ** 80, 0, 1]))
class Rec:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k > o.k
    def __repr__(self): return str(self.k)
print(sorted([Rec(1), Rec(3), Rec(2)]))
l = [5, 3, 5, 1, 3]
l.sort(key=lambda x: x % 2)
print(l)
stable = [(k, i) for i, k in enumerate([2, 1, 2, 1, 2, 1, 0, 0])]
print(sorted(stable, key=lambda p: p[0]), sorted(stable, key=lambda p: p[0], reverse=True))
desc = list(range(100, 0, -1))
desc.sort()
print(desc[:5], desc[-5:])
runs = list(range(50)) + list(range(50, 0, -1)) + list(range(25))
print(sorted(runs)[:6], sorted(runs)[-3:], len(sorted(runs)))
print(sorted([(2.0, 'b'), (1.0, 'a'), (1.0, 'A'), (-1.5, 'z'), (-0.0, 'q'), (0.0, 'p')]))
print(sorted([(3, 'c'), (1, 'b'), (1, 'a'), (2, 'x'), (1, 'a', 0)]), sorted([('b', 2), ('a', 3), ('a', 1), ('b',)]))
print(sorted([(2 ** 70, 1), (5, 2), (-2 ** 80, 3), (5, 1)]), sorted([(1, [2]), (1, [1]), (0, None)]))
try:
    sorted([(1, 'a'), (1, 2)])
except TypeError as e:
    print('TypeError', e)
print(sorted([(1,), (1, 2), ()]) if False else sorted([(1,), (1, 2), (0,)]), sorted([(i % 3, -i) for i in range(9)]))
