import types
g = {"base": 10}
f = types.FunctionType(compile("x = base + 1\ny = x * 2", "<s>", "exec"), g)
print(f())
print(sorted(k for k in g if not k.startswith("__")), g["y"])

def template(a, b=2):
    return a + b + c
h = types.FunctionType(template.__code__, {"c": 100}, "renamed", (5,))
print(h(1), h.__name__, h.__defaults__)
try:
    h()
except TypeError as e:
    print("TypeError", e)

def outer():
    v = "closed"
    def inner():
        return v
    return inner
inn = outer()
clone = types.FunctionType(inn.__code__, {}, None, None, inn.__closure__)
print(clone())
try:
    types.FunctionType(inn.__code__, {})
except TypeError as e:
    print("TypeError", e)
try:
    types.FunctionType(1, {})
except TypeError as e:
    print("TypeError", e)
code = compile("result = [n * n for n in range(4)]", "<c>", "exec")
ns = {}
types.FunctionType(code, ns)()
print(ns["result"])
