print([x * x for x in range(6)], [x for x in range(20) if x % 3 == 0], [(x, y) for x in range(3) for y in 'ab'])
print({x: x * x for x in range(5)}, {k: v for k, v in zip('abc', range(3))}, {x % 4 for x in range(20)})
print([[i * j for j in range(3)] for i in range(3)], [y for x in [[1, 2], [3], []] for y in x])
print(sum(x for x in range(101)), list(x for x in 'abc'), tuple(i for i in range(3)), set(c for c in 'hello') == set('helo'))
print({i: [j for j in range(i)] for i in range(4)}, [c.upper() for c in 'abc' if c != 'b'])
print(sorted({x: 1 for x in 'banana'}), len({(a, b) for a in range(3) for b in range(3)}))
print([(i, c) for i, c in enumerate('xyz')], dict(enumerate('xyz')), [a + b for a, b in zip([1, 2], [10, 20])])
print([x if x % 2 else -x for x in range(6)], [x for x in range(10) if x > 2 if x < 6])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)])
words = ['apple', 'bob', 'kayak', 'level', 'python']
print([w for w in words if w == w[::-1]], {w: len(w) for w in words}, {len(w) for w in words})
print({k: v for k, v in sorted({'b': 2, 'a': 1}.items())}, dict(sorted({'b': 2, 'a': 1}.items(), key=lambda kv: -kv[1])))
gen = (x * 2 for x in range(3))
print(next(gen), list(gen), list(gen))
print([*range(3), *'ab', *{'k': 1}], (*[1, 2], 3), {*'ab', *'bc'} == {'a', 'b', 'c'}, {**{'a': 1}, 'b': 2, **{'a': 3}})
a, *b, c = range(6)
print(a, b, c)
(x, y), z = [1, 2], 3
print(x, y, z)
first, *rest = 'hello'
print(first, rest)
*init, last = [1]
print(init, last)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print('ValueError', e)
try:
    p, *q, r = [1]
except ValueError as e:
    print('ValueError', e)
print([i for i in range(3)] == list(range(3)), [] == [x for x in []], {} == {x: x for x in ()})
