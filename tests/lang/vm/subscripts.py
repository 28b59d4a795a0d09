def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)

l = [10, 20, 30]
t = (1, 2, 3)
s = "héllo"
d = {"a": 1, 2: "two", (1, 2): "tuple"}
show(lambda: (l[0], l[-1], l[2], t[1], t[-3], s[1], s[-1], d["a"], d[2], d[1, 2]))
show(lambda: l[3])
show(lambda: l[-4])
show(lambda: t[5])
show(lambda: s[10])
show(lambda: d["missing"])
show(lambda: d[(1, 3)])
show(lambda: d[[1]])
show(lambda: l["x"])
show(lambda: l[1.0])
show(lambda: 5[0])
show(lambda: l[1:])
show(lambda: l[::-1])
show(lambda: s[1:3])
show(lambda: t[:2])
show(lambda: l[True])
show(lambda: l[2 ** 100])
show(lambda: "abc"[-2 ** 70])

l[1] = 21
l[-1] = 31
print(l)
try:
    l[5] = 0
except IndexError as e:
    print("IndexError", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError", e)
d["new"] = [1]
d["new"] += [2]
print(d["new"])
del d["a"]
print("a" in d)
try:
    del d["a"]
except KeyError as e:
    print("KeyError", e)
del l[0]
print(l)
l[0:1] = [7, 8, 9]
print(l)
del l[::2]
print(l)

class G:
    def __getitem__(self, k):
        return ("got", k)
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
g = G()
print(g[1], g[1:2], g[1, 2], g[...])
g["k"] = "v"
del g["k"]

class Missing(dict):
    def __missing__(self, k):
        return k * 2
print(Missing()[21])

class Sub(list):
    def __getitem__(self, i):
        return "sub"
print(Sub([1])[0])
print({}.get(1), [1, 2, 3][1:2], bytes(b"abc")[1], bytearray(b"xy")[0])
show(lambda: {}[[]])
