# getweakrefcount / getweakrefs and the sharing of callback-less refs.
import _weakref as w
class A:
    pass
a = A()
b = A()
print(w.getweakrefcount(a), w.getweakrefs(a))
r1 = w.ref(a)
r2 = w.ref(a, print)
p = w.proxy(a)
rb = w.ref(b)
print(w.getweakrefcount(a), w.getweakrefcount(b), w.getweakrefcount(1), w.getweakrefcount(None))
print(sorted(type(x).__name__ for x in w.getweakrefs(a)))
print(w.getweakrefs(b) == [rb], w.getweakrefs(5))
print(w.ref(a) is r1, w.proxy(a) is p, w.ref(b) is rb)
refs = [w.ref(a) for i in range(1000)]
print(w.getweakrefcount(a), all(r is r1 for r in refs))
cbs = [w.ref(a, lambda r: None) for i in range(10)]
print(w.getweakrefcount(a))
class MyRef(w.ref):
    pass
m = MyRef(a)
print(m is r1, w.getweakrefcount(a), type(m).__name__)
def f():
    pass
rf = w.ref(f)
print(w.ref(f) is rf, w.getweakrefcount(f))
