names = ['ann', 'bob', 'cy']
ages = [30, 25, 41]
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
print(dict(zip(names, ages)), list(zip(*zip(names, ages))))
print(list(zip(range(3), range(10, 13), 'abc')))
pairs = list(enumerate('abc'))
idx, chars = zip(*pairs)
print(idx, chars)
print(sorted(zip(ages, names)), max(zip(ages, names)), min(zip(ages, names))[1])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(c) for c in zip(*m)], [sum(c) for c in zip(*m)], list(map(sum, m)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(map(str.upper, 'abc')))
print(list(filter(lambda s: len(s) > 2, names)), list(filter(None, map(lambda x: x % 3, range(7)))))
print([i for i, c in enumerate('banana') if c == 'a'], {c: i for i, c in enumerate('banana')})
it = iter(range(10))
print(list(zip(it, it)))
e = enumerate(zip('ab', 'cd'))
print(list(e))
print(list(reversed(list(enumerate('xyz')))), list(enumerate(reversed('xyz'))))
print(list(zip(*[iter('abcdef')] * 2)))
try:
    list(zip(names, ages, [1], strict=True))
except ValueError as e:
    print('ValueError', e)
print(list(zip(names, ages, strict=True)))
evens = filter(lambda x: x % 2 == 0, range(10))
squares = map(lambda x: x * x, evens)
print(list(squares), list(squares))
