# A comprehension binding a name that an enclosing scope also uses: the
# comprehension's variable is a separate one, also when closures capture
# either of them.

def f3():
    fs = [lambda: x for x in range(2)]
    x = 'later'
    return [f() for f in fs], x
print(f3())

def f4():
    x = 'f4'
    get = lambda: x
    r = [[get() for x in range(2)] for x in 'ab']
    return r
print(f4())

def f5():
    y = 'f5'
    return [[y for y in range(i)] + [y] for i in range(3)]
print(f5())

def f6():
    return [(lambda: z)() for z in range(2) if [z for z in 'q']]
print(f6())

class K:
    x = 'class'
    fs = [lambda: x for x in range(2)]
    r = [f() for f in fs]
print(K.r, K.x)

def unbound_in_condition():
    try:
        return {repr((list(x for y in range(0)), y)) for z in range(2) for y in [y] if (1, list(y for z in range(2)))}
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(unbound_in_condition())

def captured_before_bound():
    try:
        return [(lambda: q)() for _ in range(1) if [(lambda: q)() for p in range(1)] for q in range(2)]
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(captured_before_bound())

def sibling_lambdas():
    n = 'outer n'
    return [(f(), g()) for f, g in [(lambda: n, lambda: [n for n in 'x'])]]
print(sibling_lambdas())

def param_and_comp(x, y):
    get = lambda: (x, y)
    r = [[(x, y) for y in 'b'] for x in 'a']
    return r, get(), x, y
print(param_and_comp(1, 2))
