def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)

def u2(x):
    a, b = x
    return a, b
def u3(x):
    a, b, c = x
    return a, b, c
def star(x):
    a, *b, c = x
    return a, b, c
def star2(x):
    *a, b = x
    return a, b
def star3(x):
    a, b, *c = x
    return a, b, c

show(lambda: u2((1, 2)))
show(lambda: u2([1, 2]))
show(lambda: u2("ab"))
show(lambda: u2(iter([5, 6])))
show(lambda: u2({1: 0, 2: 0}))
show(lambda: u2((1, 2, 3)))
show(lambda: u2([1]))
show(lambda: u2("abc"))
show(lambda: u2(iter([1])))
show(lambda: u2(iter([1, 2, 3])))
show(lambda: u2(5))
show(lambda: u2(None))
show(lambda: u3(range(3)))
show(lambda: u3(range(2)))
show(lambda: star(range(5)))
show(lambda: star("ab"))
show(lambda: star("a"))
show(lambda: star([]))
show(lambda: star2(()))
show(lambda: star2((1,)))
show(lambda: star3([1]))
show(lambda: star3(iter(range(4))))
show(lambda: star(7))

def gen():
    yield 1
    yield 2
a, b = gen()
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, [q, r]] = [1, (2, 3)]
print(p, q, r)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
first, *rest = "hello"
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
a, b = b, a
print(a, b)
d = {}
d["x"], d["y"] = 1, 2
print(d)
class O: pass
o = O()
o.a, o.b = "ab"
print(o.a, o.b)
l = [0, 0, 0]
l[0], l[2] = 5, 6
print(l)
