def f(a, b=2, *args, c=3, **kw):
    "docstring here"
    x = 1
    return a

print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
code = f.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames[:6], code.co_nlocals >= 6)
print(bool(code.co_flags & 0x04), bool(code.co_flags & 0x08), bool(code.co_flags & 0x20))
print(repr(f).startswith("<function f at 0x"))
print(type(f).__name__)

class K:
    def meth(self):
        def inner():
            pass
        return inner
print(K.meth.__qualname__, K().meth().__qualname__)
print(repr(K().meth()).startswith("<function K.meth.<locals>.inner at "))

f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
f.__qualname__ = "Q.renamed"
print(repr(f).startswith("<function Q.renamed at "))
try:
    f.__name__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    f.__qualname__ = None
except TypeError as e:
    print("TypeError", e)

f.__defaults__ = (5, 10)
print(f(), f.__defaults__)
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print("TypeError", e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print("TypeError", e)

f.__kwdefaults__ = {"c": 30}
print(f.__kwdefaults__)
f.__kwdefaults__ = None
print(f.__kwdefaults__)

f.custom = "attr"
print(f.custom, f.__dict__)
f.__dict__ = {"other": 1}
print(f.other, hasattr(f, "custom"))
try:
    del f.missing
except AttributeError as e:
    print("AttributeError")

def annotated(x: int, y: "str" = "s") -> list:
    pass
print(annotated.__annotations__)
def plain():
    pass
print(plain.__annotations__, plain.__defaults__, plain.__kwdefaults__, plain.__closure__, plain.__doc__)
plain.__annotations__ = {"a": 1}
print(plain.__annotations__)

print(f.__globals__ is globals(), f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)

lam = lambda: 0
print(lam.__name__, lam.__qualname__)

def wrapper(fn):
    def w(*a, **k):
        return fn(*a, **k)
    w.__wrapped__ = fn
    w.__name__ = fn.__name__
    return w
@wrapper
def decorated(x):
    return x * 2
print(decorated(4), decorated.__name__, decorated.__wrapped__.__qualname__)

def code_swap_a():
    return "a"
def code_swap_b():
    return "b"
code_swap_a.__code__ = code_swap_b.__code__
print(code_swap_a())

def gen_fn():
    yield
async def coro_fn():
    pass
print(bool(gen_fn.__code__.co_flags & 0x20), bool(coro_fn.__code__.co_flags & 0x80))
print(f.__type_params__)

import types
print(type(f) is types.FunctionType, type(len) is types.BuiltinFunctionType)
def mk():
    return 7
g = types.FunctionType(mk.__code__, {}, "made")
print(g(), g.__name__)

def eq_test():
    pass
print(eq_test == eq_test, eq_test != (lambda: 0), hash(eq_test) == hash(eq_test))
print(callable(f), callable(5), callable(K), callable(K().meth))
