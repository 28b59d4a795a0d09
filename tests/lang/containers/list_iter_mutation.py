l = [1, 2, 3]
it = iter(l)
print(next(it))
l.append(4)
print(list(it))
l2 = [1, 2, 3, 4, 5]
it2 = iter(l2)
next(it2); next(it2)
del l2[:]
print(list(it2))
l3 = [1, 2, 3]
it3 = iter(l3)
list(it3)
l3.append(4)
print(list(it3))
l4 = [1, 2, 3]
r = reversed(l4)
print(next(r))
l4.append(99)
print(list(r))
l5 = [1, 2, 3]
r5 = reversed(l5)
l5.clear()
print(list(r5))
l6 = [0, 1, 2, 3, 4, 5]
for x in l6:
    if x % 2 == 0:
        l6.remove(x)
print(l6)
l7 = [1, 2, 3]
for i, x in enumerate(l7):
    l7[i] = x * 10
print(l7)
l8 = list(range(5))
out = []
for x in l8:
    out.append(x)
    if x == 2 and len(l8) < 7:
        l8.insert(0, -1)
print(out, l8)
l9 = [3, 1, 2]
it9 = iter(l9)
next(it9)
l9.sort()
print(list(it9))
