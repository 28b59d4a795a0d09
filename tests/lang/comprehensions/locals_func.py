# locals() and vars() inside comprehensions see the enclosing function's
# locals (the comprehension runs in its frame) plus the iteration variables.

def simple():
    a = 1
    r = [locals() for x in range(2)]
    b = 2
    return r

print(simple())

def with_params(p, q=5, *args, **kw):
    return [sorted(locals()) for i in range(1)]

print(with_params(1, 2, 3, k=4))

def shadow():
    x = 'outer'
    inside = [locals()['x'] for x in range(3)]
    return inside, x, locals()['x']

print(shadow())

def nested():
    a = 'A'
    return [[sorted(locals().items()) for j in range(1)] for i in range(2)]

print(nested())

def with_cells():
    c = 10
    f = lambda: c
    r = [sorted(locals()) for x in range(1)]
    return r, f()

print(with_cells())

def vars_inside():
    z = 3
    return [vars()['z'] + y for y in range(3)]

print(vars_inside())

def dict_and_set():
    base = 100
    d = {k: sorted(locals()) for k in range(1)}
    s = {len(locals()) for s in range(3)}
    return d, s

print(dict_and_set())

def unbound_outer():
    r = [sorted(locals()) for item in 'ab']
    later = 1
    return r

print(unbound_outer())

def after_comp():
    [None for tmp in range(3)]
    return sorted(locals())

print(after_comp())

def walrus_locals():
    r = [(w := i * 2, sorted(locals())) for i in range(2)]
    return r, w

print(walrus_locals())

def varnames():
    a = 1
    r = [x for x in range(2)]
    b = 2
    return r
print(varnames.__code__.co_varnames)

def varnames2(p):
    out = {k: v for k, v in p}
    return out
print(varnames2.__code__.co_varnames, varnames2([(1, 2)]))

def captured():
    return [lambda: x for x in range(3)]
print(captured.__code__.co_cellvars, [f() for f in captured()])

print([sorted(k for k in locals() if not k.startswith('__')) for _ in range(1)] == [sorted(k for k in globals() if not k.startswith('__'))])

def free_shadowed():
    x = 1
    def inner():
        before = x
        r = [sorted(locals().items()) for x in range(2)]
        return before, r, x
    return inner()

print(free_shadowed())

