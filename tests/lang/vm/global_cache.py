# LOAD_GLOBAL results must follow every change of globals and builtins
import builtins

def use_len():
    return len("abc")

def use_g():
    return G

G = 1
print(use_g(), use_len())
G = 2
print(use_g())
len = lambda x: "shadow"
print(use_len())
del len
print(use_len())
builtins.len = lambda x: "patched builtin"
print(use_len())
import sys
del builtins.len
try:
    use_len()
except NameError as e:
    print("NameError", e)
builtins.len = (lambda real: real)(sys.modules["builtins"].__dict__.get("__len_backup__", None)) or (lambda x: 3)
print(use_len())

del G
try:
    use_g()
except NameError as e:
    print("NameError", e)
G = "back"
print(use_g())

def loop():
    out = []
    global H
    for i in range(5):
        H = i
        out.append(read_h())
    return out
def read_h():
    return H
print(loop())

# the same code with other globals
import types
other = types.FunctionType(use_g.__code__, {"G": "other globals"})
print(other(), use_g())
for i in range(3):
    print(other(), use_g())

# __code__ replaced
def a():
    return G
def b():
    return len
print(a())
a.__code__ = b.__code__
print(a()("xy") if callable(a()) else a())

# globals() dict mutated through the dict object
globals()["G"] = "via dict"
print(use_g())
globals().update(G="via update")
print(use_g())
globals().pop("G")
try:
    use_g()
except NameError as e:
    print("NameError", e)
globals().setdefault("G", "setdefault")
print(use_g())

# exec'd functions with their own globals
ns = {"G": "ns"}
exec("def f():\n    return G", ns)
print(ns["f"]())
ns["G"] = "ns2"
print(ns["f"]())
ns.clear()
ns["G"] = "cleared"
exec("pass", ns)
print(ns["G"])

# class bodies and module-level code
class C:
    v = G
print(C.v)
