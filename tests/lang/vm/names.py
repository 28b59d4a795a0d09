def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: undefined_name)
def uses_local():
    print(v)
    v = 1
show(uses_local)
def del_local():
    w = 1
    del w
    return w
show(del_local)
def del_twice():
    w = 1
    del w
    del w
show(del_twice)

g = 1
def read_global():
    return g
def write_global():
    global g
    g = 2
    return g
print(read_global(), write_global(), g)
def del_global():
    global g
    del g
del_global()
show(lambda: g)
def del_missing_global():
    global never_defined
    del never_defined
show(del_missing_global)

# builtins are found after globals
print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))

# module-level del
tmp = 5
del tmp
show(lambda: tmp)
try:
    del tmp
except NameError as e:
    print("NameError", e)

# names in class bodies
class C:
    a = 1
    b = a + 1
    def f(self):
        return b if False else C.b
    try:
        print(undefined_in_class)
    except NameError as e:
        print("class NameError", e)
print(C.a, C.b, C().f())

x = "module"
class D:
    x = "class"
    def m(self):
        return x
print(D().m())

class E:
    y = "E.y"
    z = [y for _ in range(1)] if False else "no comprehension"
print(E.z)

# exec/eval namespaces
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
print(eval("a * 10", ns))
loc = {}
exec("c = 3", {}, loc)
print(loc)
print(eval("q + 1", {"q": 41}))
show(lambda: eval("nope"))
exec("def f2(): return zz", ns)
ns["zz"] = "from ns"
print(ns["f2"]())

# __builtins__ override in exec globals
print(eval("len([1,2])", {"__builtins__": {"len": lambda x: "custom len"}}))
show(lambda: eval("len([1])", {"__builtins__": {}}))

# star import into module namespace
from math import *
print(floor(2.5), "pi" in dir())

def local_shadow_builtin():
    list = "local"
    return list
print(local_shadow_builtin(), list("ab"))
