a, b = 1, 2; print(a, b)
a, *b = [1, 2, 3]; print(a, b)
*a, b = 'xyz'; print(a, b)
a, *b, c = range(5); print(a, b, c)
(a, b), c = (1, 2), 3; print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]; print(a, b, c)
a, = [9]; print(a)
[a] = (8,); print(a)
for x, *y in [(1, 2, 3), (4,)]: print(x, y)
print(*[1, 2], *(3,), *'ab')
print([*range(3), *[9]], (*'ab', 1), {*'aa', 'b'} == {'a', 'b'})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
def f(*args, **kw): return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{'z': 2}, **{'y': 3}))
x = *[1], 2; print(x)
a = b = c = [0]; print(a is c)
d = {}
d['x'], d['y'] = 1, 2; print(sorted(d.items()))
class O: pass
o = O(); o.a, o.b = 5, 6; print(o.a, o.b)
i, l = 0, [0, 0]
i, l[i] = 1, 9; print(i, l)
first, *_, last = range(10); print(first, last, _)
for (a, b), c in [((1, 2), 3)]: print(a + b + c)
print([(a, b) for a, b in zip('ab', 'cd')])
a, b = b, a = 1, 2
print(a, b)
