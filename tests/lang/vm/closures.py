def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = make_counter()
print(c(), c(), c(10))
c2 = make_counter()
print(c2(), c())

def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))

def cell_arg(x):
    def get():
        return x
    x = x * 2
    return get
print(cell_arg(21)())

def closure_attrs():
    v = 5
    def f():
        return v
    return f
f = closure_attrs()
print(len(f.__closure__), f.__closure__[0].cell_contents, f.__code__.co_freevars)

def unbound_free():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(unbound_free())

def unbound_cell():
    def inner():
        return z
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    z = 3
    return inner()
print(unbound_cell())

def deleter():
    q = 1
    def r():
        return q
    del q
    try:
        r()
    except NameError as e:
        print(type(e).__name__, e)
deleter()

x = "global"
def shadow():
    x = "local"
    def g():
        return x
    return g()
print(shadow(), x)

def gl():
    global x
    x = "changed"
gl()
print(x)

def nonlocal_chain():
    a = 0
    def one():
        nonlocal a
        a += 1
        def two():
            nonlocal a
            a += 10
        two()
    one()
    one()
    return a
print(nonlocal_chain())

class K:
    y = 10
    def m(self):
        return y if False else K.y
    z = [y for _ in range(2)] if False else None
print(K().m(), K.z)

def class_in_func():
    val = 42
    class Inner:
        attr = val
        def get(self):
            return val
    return Inner.attr, Inner().get()
print(class_in_func())

def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print(gen_closure())

import types
cell = types.CellType(5)
print(cell.cell_contents)
cell.cell_contents = 6
print(cell.cell_contents)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print("ValueError", e)
