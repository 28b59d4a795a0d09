def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = (1, 2, 3, 2, 1)
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], a[-100:2])
print(a.count(2), a.count(9), a.index(2), a.index(2, 2), a.index(1, -1))
t(lambda: a.index(9))
t(lambda: a.index(2, 0, 1))
t(lambda: a[5])
t(lambda: a['x'])
t(lambda: a[2 ** 100])
def setitem():
    a[0] = 1
t(setitem)
def delitem():
    del a[0]
t(delitem)
print((1,), (), (1, 2), ((1,),), ((), ()), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
print(() is (), tuple() is (), tuple(a) is a, a[:] is a)
t(lambda: tuple(1))
t(lambda: tuple(1, 2))
t(lambda: tuple(x=1))
print((1, 2) + (3,), (1,) * 3, 2 * (1, 2), (1,) * 0, (1, 2) * -1, () * 5)
t(lambda: (1,) + 1)
t(lambda: (1,) + [1])
t(lambda: (1,) * 'a')
t(lambda: (1,) * 2.0)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) != (1, 2.0), (1, 2) <= (1, 2), () < (0,))
t(lambda: (1, 'a') < (1, 2))
print((1, 'a') == (1, 2), (1, [2]) == (1, [2]))
print(hash((1, 2)), hash(()), hash((1,)), hash(('a',) * 0), hash((1, (2, 3))), hash((None, True, 1.5)))
print(hash((-1,)), hash((0,)), hash((2 ** 64,)), hash((1, 2)) == hash((1.0, 2.0)))
t(lambda: hash((1, [2])))
t(lambda: hash(([],)))
print({(1, 2): 'x'}[(1, 2)], (1, 2) in {(1, 2)})
x, y, *z = (1, 2, 3, 4)
print(x, y, z)
print(a.__getnewargs__(), tuple.__len__(a), 2 in a, 5 in a, 5 not in a)
class P(tuple):
    pass
p = P([1, 2])
print(p, type(p).__name__, p + (3,), type(p + (3,)).__name__, p[0:1], type(p[:]).__name__, p == (1, 2), len(p))
print(tuple(p) is p, type(tuple(p)).__name__)
nested = ((1, 2), [3, 4], {5: 6}, 'seven', None)
print(nested, repr(nested))
l = [1]
tt = (l, l)
l.append(tt)
print(tt)
print(sum((1, 2, 3)), max((3, 1, 2)), min((3, 1, 2)), sorted((3, 1, 2)), list(reversed((1, 2, 3))))
it = iter((1, 2, 3))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(iter(())).__name__)
