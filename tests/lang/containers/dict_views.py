def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'a', 2: 'b', 3: 'c'}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
print(1 in k, 4 in k, 'a' in v, 'z' in v, (1, 'a') in it, (1, 'b') in it, [1, 'a'] in it, 1 in it)
d[4] = 'd'
print(k, v, it)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k & {1, 2, 9}, k | {9}, k - {1}, k ^ {1, 9}, {1, 7} - k, {2, 9} & k, [3] | k)
print(k & [1, 'x'], k == {1, 2, 3, 4}, k == {1, 2}, k != {1}, k < {1, 2, 3, 4, 5}, k <= {1, 2, 3, 4}, k > {1}, k >= {1, 2, 3, 4})
print(k == [1, 2, 3, 4], k == k, it == it, v == v, v == d.values())
print(it & {(1, 'a'), (9, 'z')}, it | {(0, 'z')} == {(0, 'z'), (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')}, it - {(1, 'a')} == {(2, 'b'), (3, 'c'), (4, 'd')})
print(k.isdisjoint([5, 6]), k.isdisjoint({1}), it.isdisjoint([(1, 'a')]), it.isdisjoint([(1, 'b')]))
print(k.mapping, v.mapping, it.mapping, k.mapping == d)
t(lambda: k & 1)
t(lambda: hash(k))
t(lambda: hash(it))
print(type(hash(v)).__name__)
t(lambda: k[0])
t(lambda: v.isdisjoint)
e = {}
print(e.keys(), e.values(), e.items(), list(e.keys()), e.keys() == set())
x = {}
x[1] = x.values()
print(x)
y = {'a': 1}
y['b'] = y.items()
print(y)
s = {'x': 1, 'y': 2}
for kk, vv in s.items():
    print(kk, vv)
print(sorted(s.keys()), max(s.values()), dict(s.items()))
ki = iter(d.keys())
print(ki.__length_hint__(), next(ki), ki.__length_hint__())
vi = iter(d.values())
print(next(vi), next(vi))
ii = iter(d.items())
print(next(ii), list(ii))
print(type(ki).__name__, type(vi).__name__, type(ii).__name__, type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(it)).__name__)
