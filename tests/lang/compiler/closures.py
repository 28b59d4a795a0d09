# Closures, cells, free variables through classes
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def cell_param(a):
    def get():
        return a
    def set(v):
        nonlocal a
        a = v
    return get, set
get, set_ = cell_param(1)
print(get()); set_(5); print(get())

def shared():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def view():
        return tuple(items)
    return add, view
add, view = shared()
add(1); add(2)
print(view())

def through_class():
    secret = 'hidden'
    class Holder:
        def reveal(self):
            return secret
        def shadow(self):
            secret = 'method local'
            return secret
    return Holder()
h = through_class()
print(h.reveal(), h.shadow())

def class_body_free():
    val = 'outer'
    class C:
        got = val
    return C.got
print(class_body_free())

def class_local_and_free():
    n = 'func n'
    class C:
        n = 'class n'
        def m(self):
            return n
    return C().m(), C.n
print(class_local_and_free())

def deep_nonlocal():
    count = 0
    def a():
        def b():
            nonlocal count
            count += 1
            return count
        return b
    f = a()
    f(); f()
    return count
print(deep_nonlocal())

def closure_cell_contents():
    x = 'content'
    def f():
        return x
    return f.__closure__[0].cell_contents, len(f.__closure__)
print(closure_cell_contents())

def no_closure():
    def f():
        return 1
    return f.__closure__
print(no_closure())

def recursive_closure():
    def fact(n):
        return 1 if n == 0 else n * fact(n - 1)
    return fact(6)
print(recursive_closure())

def loop_cell():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(loop_cell())

def del_cell():
    x = 1
    def f():
        return x
    del x
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
del_cell()

def counter_gen():
    total = 0
    def acc(v):
        nonlocal total
        total += v
        return total
    return acc
acc = counter_gen()
print([acc(i) for i in range(5)])

x = 'global'
def global_vs_nonlocal():
    x = 'enclosing'
    def g():
        global x
        return x
    return g()
print(global_vs_nonlocal())
