# Scoping: locals, globals, builtins, closures, nonlocal
x = 10

def read_global():
    return x

def shadow():
    x = 5
    return x

def use_global_decl():
    global x
    x = x + 1
    return x

print(read_global(), shadow(), use_global_decl(), x)

def outer():
    a = 1
    def inner():
        return a + 1
    a = 2
    return inner()

print(outer())

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())

def unbound():
    try:
        print(y)
        y = 3
    except UnboundLocalError as e:
        print(type(e).__name__, e)

unbound()

def free_unbound():
    def f():
        return z
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return f()

print(free_unbound())

def deep():
    v = 'deep'
    def l1():
        def l2():
            def l3():
                return v
            return l3()
        return l2()
    return l1()

print(deep())

def param_cell(p, q=3):
    def g():
        return p * q
    p = p + 1
    return g()

print(param_cell(2), param_cell(2, 10))

def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

def early_binding():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]

print(late_binding(), early_binding())

def nonlocal_chain():
    a = 0
    def m():
        def n():
            nonlocal a
            a += 10
        n()
        n()
    m()
    return a

print(nonlocal_chain())

def global_in_nested():
    def setter():
        global gv
        gv = 'set'
    setter()
    return gv

print(global_in_nested())

def del_local():
    q = 1
    del q
    try:
        q
    except UnboundLocalError as e:
        print('del:', e)

del_local()

def builtins_shadow():
    len = lambda s: 42
    return len([1, 2])

print(builtins_shadow(), len([1, 2]))

k = 'module'
def closure_over_global_name():
    k = 'local'
    def g():
        return k
    return g()
print(closure_over_global_name(), k)
