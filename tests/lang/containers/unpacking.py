a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *middle, last = range(7)
print(first, middle, last)
*xs, = 'abc'
print(xs)
for i, (k, v) in enumerate({'x': 1, 'y': 2}.items()):
    print(i, k, v)
print([*[1, 2], *(3,), *range(2), *{'a': 1}, *'xy'])
print((*'ab', *'cd'), {*[1, 2], *[2, 3]}, {**{'a': 1}, **dict(b=2)})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), x=1, **{'y': 2}))
print(f(*range(3)), f(**{}), f(*'ab', **dict(k='v')))
try:
    a, b = {1: 2}
except ValueError as e:
    print('ValueError', e)
a, b = {1: 2, 3: 4}
print(a, b)
a, b = {5, 6} if False else [5, 6]
print(a, b)
[p, q] = 'pq'
print(p, q)
try:
    x, y = 1
except TypeError as e:
    print('TypeError', e)
try:
    x, *y = None
except TypeError as e:
    print('TypeError', e)
m = [[1, 2], [3, 4]]
for (x, y) in m:
    print(x + y)
head, *tail = [1]
print(head, tail)
