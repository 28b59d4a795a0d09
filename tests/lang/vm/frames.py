import sys

def who():
    return sys._getframe(1).f_code.co_name

def caller():
    return who()
print(caller())

def here():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno
print(here())

def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def level2():
    return chain()
print(level2())

def locals_snapshot(a, b=2):
    c = a + b
    return sorted(sys._getframe().f_locals.items())
print(locals_snapshot(1))

def globals_check():
    return sys._getframe().f_globals is globals()
print(globals_check())
print(sys._getframe().f_globals["__name__"])

try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)

def lineno_tracking():
    f = sys._getframe()
    a = f.f_lineno
    b = f.f_lineno
    return b - a
print(lineno_tracking())

def back_after_return():
    return sys._getframe()
fr = back_after_return()
print(fr.f_code.co_name, type(fr.f_back).__name__)

print(type(sys._getframe()).__name__)
print(sys._getframe().f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)

def gen():
    f = sys._getframe()
    yield f.f_code.co_name
    yield f.f_back.f_code.co_name
g = gen()
print(next(g))
def driver():
    return next(g)
print(driver())

def in_class():
    class A:
        name = sys._getframe().f_code.co_name
    return A.name
print(in_class())

def locals_builtin():
    x = 1
    y = [x]
    return sorted(locals())
print(locals_builtin())

def locals_with_cells():
    cellvar = 10
    def inner():
        return cellvar
    return sorted(locals())
print(locals_with_cells())

def free_locals():
    v = 3
    def inner():
        w = v
        return sorted(locals().items())
    return inner()
print(free_locals())

x_global = 5
print("x_global" in globals(), globals()["x_global"])
print(locals() is globals())

class C:
    attr = 1
    print(sorted(k for k in locals() if not k.startswith("__")))

def f_locals_modify():
    a = 1
    d = sys._getframe().f_locals
    return d["a"]
print(f_locals_modify())
