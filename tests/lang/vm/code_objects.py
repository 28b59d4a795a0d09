def f(a, b, /, c, *args, d, e=1, **kw):
    x = a
    def inner():
        return x
    return inner

co = f.__code__
print(co.co_name, co.co_qualname, co.co_filename.endswith("code_objects.py"))
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames[:7])
print(co.co_cellvars, co.co_freevars)
print(f(1, 2, 3, d=4).__code__.co_freevars)
print(co.co_firstlineno)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x01))
print(type(co).__name__, type(co.co_consts).__name__, type(co.co_names).__name__)
print(repr(co).startswith("<code object f at 0x"))
lines = [l for (_, _, l) in co.co_lines() if l is not None]
print(min(lines) - co.co_firstlineno >= 0, max(lines) - co.co_firstlineno)

def g():
    yield 1
print(bool(g.__code__.co_flags & 0x20))

c = compile("a = 1 + 2\nb = a * 2", "<string>", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
ns = {}
exec(c, ns)
print(ns["a"], ns["b"])
e = compile("3 * 7", "<expr>", "eval")
print(eval(e))
print(c.co_names)

def docfn():
    "the doc"
    return 1
print(docfn.__doc__)

lam = lambda: 0
print(lam.__code__.co_name)
print(compile("x", "f", "eval").co_name)
