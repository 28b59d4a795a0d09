# global and nonlocal declarations
g = 0
def inc_global():
    global g
    g += 1
inc_global(); inc_global()
print(g)

def define_global():
    global brand_new
    brand_new = 'created'
define_global()
print(brand_new)

def multiple_globals():
    global g1, g2
    g1, g2 = 1, 2
multiple_globals()
print(g1, g2)

def nonlocal_multiple():
    a = b = 0
    def set_both():
        nonlocal a, b
        a, b = 1, 2
    set_both()
    return a, b
print(nonlocal_multiple())

def nonlocal_skips_level():
    v = 'level0'
    def l1():
        def l2():
            nonlocal v
            v = 'changed by l2'
        l2()
    l1()
    return v
print(nonlocal_skips_level())

def global_shadowed_by_nonlocal_scope():
    g = 'local g'
    def inner():
        global g
        return g
    return inner(), g
print(global_shadowed_by_nonlocal_scope())

def nonlocal_in_loop():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for _ in range(5):
        bump()
    return count
print(nonlocal_in_loop())

def global_in_nested_class():
    class C:
        global from_class
        from_class = 'set in class'
    return from_class
print(global_in_nested_class())

def nonlocal_class_body():
    val = 1
    class C:
        nonlocal val
        val = 2
    return val
print(nonlocal_class_body())

x = 'module x'
def read_then_local():
    def inner():
        return x
    return inner()
print(read_then_local())

def global_del_recreate():
    global tmp
    tmp = 1
    del tmp
    tmp = 2
    return tmp
print(global_del_recreate(), tmp)

counter_state = {'n': 0}
def mutate_without_global():
    counter_state['n'] += 1
mutate_without_global()
print(counter_state)

def nonlocal_generator():
    total = 0
    def gen():
        nonlocal total
        for i in range(3):
            total += i
            yield total
    return list(gen()), total
print(nonlocal_generator())
