def show(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)

def f(x): pass
def f2(x, y): pass
def f3(a, b, c): pass
def fd(a, b=1): pass
def fk(*, k): pass
def fk2(*, k, j): pass
def fpo(a, b, /, c): pass
def fnone(): pass
def fmix(a, *, k): pass

show(lambda: f())
show(lambda: f2())
show(lambda: f3())
show(lambda: f3(1))
show(lambda: f(1, 2))
show(lambda: f2(1, 2, 3))
show(lambda: fnone(1))
show(lambda: fnone(1, 2))
show(lambda: fd())
show(lambda: fd(1, 2, 3))
show(lambda: fk())
show(lambda: fk2())
show(lambda: fk2(1))
show(lambda: f(z=1))
show(lambda: f(1, x=2))
show(lambda: f(1, z=2))
show(lambda: fpo(a=1, b=2, c=3))
show(lambda: fpo(1, b=2, c=3))
show(lambda: fpo(1, 2))
show(lambda: fmix(1, 2, k=3))
show(lambda: fmix(1, 2))
show(lambda: fmix(1, 2, 3))
show(lambda: f(**{'x': 1, 'y': 2}))
show(lambda: f(1, **{'x': 2}))
show(lambda: f(**{1: 2}))

class A:
    def m(self, x): pass
    def n(self): pass
    @staticmethod
    def s(): pass

show(lambda: A().m())
show(lambda: A().m(1, 2))
show(lambda: A().n(1))
show(lambda: A.m())
show(lambda: A.s(1))
show(lambda: A().m(x=1, y=2))

def outer():
    def inner(a): pass
    return inner
show(lambda: outer()())

show(lambda: (lambda: 0)(1))
show(lambda: (lambda x, *, y: 0)(1))

show(lambda: 1())
show(lambda: "abc"())
show(lambda: None())
show(lambda: [1]())
class NC: pass
show(lambda: NC()())
