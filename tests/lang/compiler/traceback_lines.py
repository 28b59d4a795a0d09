# Traceback line numbers from the position table
import sys
def tb_lines(f):
    try:
        f()
    except Exception as e:
        out = []
        tb = e.__traceback__
        while tb:
            out.append(tb.tb_lineno)
            tb = tb.tb_next
        return out
def a():
    x = {'k': 1}
    return x['nope']
def b():
    with open_it() as f:
        pass
def c():
    for i in [1, 0]:
        1 / i
def d():
    try:
        raise ValueError
    except ValueError:
        raise KeyError
def e():
    try:
        pass
    finally:
        [][1]
def g():
    match {}:
        case {'a': 1}:
            pass
        case _:
            raise RuntimeError
def h():
    class X:
        y = undefined
def i():
    l = lambda: 1 / 0
    return l()
def j():
    def gen():
        yield 1
        raise IndexError
    return list(gen())
def k():
    return (1,
            2,
            3)[5]
def l():
    x = 1
    x += None
def m():
    assert False
for fn in (a, b, c, d, e, g, h, i, j, k, l, m):
    print(fn.__name__, tb_lines(fn))
