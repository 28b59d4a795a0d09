# Closures created inside comprehensions capture the iteration variable's
# cell (one cell per comprehension: late binding), as in CPython.

def late_binding():
    return [f() for f in [lambda: x for x in range(3)]]

print(late_binding())

def default_binding():
    return [f() for f in [lambda x=x: x for x in range(3)]]

print(default_binding())

def outer_same_name():
    x = 'outer'
    fs = [lambda: x for x in range(3)]
    return x, [f() for f in fs]

print(outer_same_name())

def outer_cell_same_name():
    x = 'outer cell'
    get = lambda: x
    fs = [lambda: x for x in range(3)]
    r = (get(), [f() for f in fs])
    x = 'changed'
    return r, get(), [f() for f in fs]

print(outer_cell_same_name())

def param_cell(x):
    fs = [lambda: x for x in 'ab']
    return x, [f() for f in fs]

print(param_cell('param'))

def capture_outer():
    base = 10
    fs = [lambda: base + i for i in range(3)]
    base = 20
    return [f() for f in fs]

print(capture_outer())

def nested_capture():
    fs = [[lambda: (i, j) for j in range(2)] for i in range(2)]
    return [[f() for f in row] for row in fs]

print(nested_capture())

def inner_captures_outer_target():
    rows = [[lambda: i for _ in range(2)] for i in range(3)]
    return [[f() for f in row] for row in rows]

print(inner_captures_outer_target())

def capture_and_modify():
    out = []
    fs = [(lambda: n, out.append(n)) for n in range(3)]
    return [f() for f, _ in fs], out

print(capture_and_modify())

def nonlocal_outer():
    x = 0
    def bump():
        nonlocal x
        x += 1
        return x
    r = [bump() for _ in range(3)]
    return r, x

print(nonlocal_outer())

def free_var_shadowed():
    v = 'enclosing'
    def inner():
        before = v
        r = [v for v in range(2)]
        return before, r, v
    return inner()

print(free_var_shadowed())

def free_var_captured_shadowed():
    v = 'enclosing'
    def inner():
        fs = [lambda: v for v in range(2)]
        return [f() for f in fs]
    return inner(), v

print(free_var_captured_shadowed())

def closure_cells():
    fs = [lambda: k for k in range(2)]
    return [c.cell_contents for c in fs[0].__closure__], fs[0].__code__.co_freevars

print(closure_cells())

# module level: the iteration variable lives in a hidden cell
fs = [lambda: m for m in range(3)]
print([f() for f in fs])
m = 'module m'
fs2 = [lambda: m for m in 'xy']
print([f() for f in fs2], m)

def genexp_closure():
    gens = [(lambda: a for _ in range(1)) for a in range(2)]
    return [next(g)() for g in gens]

print(genexp_closure())

def closure_in_condition():
    return [i for i in range(5) if (lambda: i % 2)()]

print(closure_in_condition())

def closure_in_dict():
    d = {k: (lambda: k * 2) for k in range(3)}
    return {k: f() for k, f in d.items()}

print(closure_in_dict())
