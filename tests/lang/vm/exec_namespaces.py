class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.log if not k.startswith("__")]
        return cls
class A(metaclass=Meta):
    x = 1
    def f(self): pass
    y = 2
print(A.order)

class M:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        if k in self.d:
            return self.d[k]
        raise KeyError(k)
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
m = M()
exec("a = 1\nb = a + 1\ndel a\nc = len('xyz')", {}, m)
print(sorted(m.d.items()))
try:
    exec("print(zz)", {}, M())
except NameError as e:
    print("NameError", e)
g = {}
exec("def f():\n    return 5\nr = f()", g)
print(g["r"])
print(eval("x + y", {"x": 1}, {"y": 2}))
def in_func():
    z = 10
    return eval("z * 2")
print(in_func())
def exec_in_func():
    l = {}
    exec("w = 3", globals(), l)
    return l
print(exec_in_func())
class C:
    exec("inner = 5")
print(C.inner if hasattr(C, "inner") else "no inner")
print(eval("[i for i in range(3)]"))
print(eval("(lambda q: q + 1)(1)"))
code = compile("yield_test = [x*2 for x in (1,2)]", "<s>", "exec")
ns = {}
exec(code, ns)
print(ns["yield_test"])
print(eval("__name__", {"__name__": "custom"}))
import sys
print(eval("sys._getframe().f_code.co_name"))
