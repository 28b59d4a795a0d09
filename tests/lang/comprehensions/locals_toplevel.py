# locals() in comprehensions at module level and in class bodies: the
# iteration variables are hidden from the namespace; while they are bound,
# locals() shows only them (CPython 3.13).
import sys

r = [locals() for x in range(2)]
print(r)
print('x' in globals(), 'r' in globals())

r2 = [sorted(locals()) for a in range(1) for b in range(1)]
print(r2)

print(locals() is globals())

x = 'module x'
r3 = [x for x in range(3)]
print(x, r3)

try:
    [y for y in range(3)]
    print(y)
except NameError as e:
    print(type(e).__name__, e)

class C:
    a = 1
    r = [locals() for x in range(1)]
    names = sorted(locals())

print(C.r)
print(C.names)

class D:
    v = 'class v'
    out = [v for v in range(2)]
    after = v

print(D.out, D.after)

def f():
    return [sys._getframe().f_code.co_name for _ in range(1)]
print(f())

# exec with separate globals and locals: the module-level comprehension
# reads free names through the locals mapping first
g = {}
l = {'y': 1, 'data': [1, 2, 3]}
exec("res = [v * y for v in data]", g, l)
print(l['res'], 'v' in l, 'v' in g)
exec("res2 = [locals() for v in data[:1]]", g, l)
print(l['res2'])
try:
    exec("[q for q in range(2) if missing]", {}, {})
except NameError as e:
    print(type(e).__name__, e)
