# list methods: append extend insert remove pop index count clear copy reverse
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend(range(7, 9)); print(a)
a.extend("ab"); print(a)
a.extend(x * 10 for x in range(3)); print(a)
a.extend(a); print(len(a), a[:5], a[-5:])
b = [1, 2, 3]
b.insert(0, 0); print(b)
b.insert(100, 9); print(b)
b.insert(-1, 8); print(b)
b.insert(-100, -1); print(b)
b.remove(8); print(b)
t(lambda: b.remove(42))
print(b.pop(), b)
print(b.pop(0), b)
print(b.pop(-2), b)
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].pop(-2))
c = [1, 2, 1, 3, 1]
print(c.count(1), c.count(5), c.count(1.0))
print(c.index(1), c.index(1, 1), c.index(1, 3), c.index(3, -3), c.index(1, -1))
t(lambda: c.index(7))
t(lambda: c.index(1, 5))
t(lambda: c.index(3, 0, 3))
t(lambda: c.index(1, 'a'))
d = c.copy(); d.append(99); print(c, d)
c.reverse(); print(c)
c.clear(); print(c, len(c))
t(lambda: [].insert(1))
t(lambda: [].pop(1, 2))
t(lambda: [].index())
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: [].count())
t(lambda: [].insert('a', 1))
t(lambda: [1].pop('a'))
t(lambda: [1].pop(2 ** 100))
e = [[1], [2]]
f = e.copy()
f[0].append(5)
print(e, f, e[0] is f[0])
print([1, 2] == [1, 2], [1, 2] != [1, 2, 3], [] == [], [1] == (1,))
print(list(), list([1, 2]), list((3, 4)), list("xyz"), list({1: 2, 3: 4}), list(range(3)))
t(lambda: list(1))
t(lambda: list(1, 2))
t(lambda: list(x=1))
print([0] * 3, 3 * [1, 2], [1] * 0, [1] * -5, [] * 10)
t(lambda: [1] * 'a')
t(lambda: [1] * 1.5)
g = [1, 2]
g += [3]; print(g)
g += (4, 5); print(g)
g += "ab"; print(g)
g *= 2; print(g)
g *= 0; print(g)
t(lambda: [1] + (1,))
t(lambda: [1] + None)
h = [1]
def iadd():
    global h
    h += 1
t(iadd)
print([1, 2] + [3], [] + [], ([1] + [2]) * 2)
