# vars(), dir(), globals(), locals().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    a = 1
    def __init__(self):
        self.x = 2
o = C()
t(lambda: vars(o))
t(lambda: vars(C)['a'])
t(lambda: vars(1))
t(lambda: vars(o, o))
t(lambda: 'a' in dir(C) and 'x' in dir(o) and '__init__' in dir(o))
t(lambda: dir(o) == sorted(dir(o)))
t(lambda: dir(1, 2))
class D:
    def __dir__(self):
        return ['z', 'b', 'a']
t(lambda: dir(D()))
class BadDir:
    def __dir__(self):
        return 5
t(lambda: dir(BadDir()))
def f(p, q=2):
    r = p + q
    return sorted(locals().items())
t(lambda: f(1))
def g():
    inner = 1
    return sorted(dir())
t(g)
t(lambda: globals()['__name__'])
t(lambda: globals() is globals())
t(lambda: 'C' in globals())
t(lambda: globals(1))
t(lambda: locals(1))
z = 5
def h():
    return vars()
t(h)
t(lambda: type(vars()).__name__)
import sys
t(lambda: vars(sys) is sys.__dict__)
