# weakref.ref basics through _weakref (collection timing is not tested).
import _weakref
ref = _weakref.ref
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    pass
a = A()
r = ref(a)
t(lambda: r() is a)
t(lambda: type(r).__name__)
t(lambda: r.__callback__)
t(lambda: ref(a, print).__callback__ is print)
t(lambda: r == ref(a))
t(lambda: r != ref(A()))
t(lambda: hash(r) == hash(a))
t(lambda: ref(1))
t(lambda: ref('s'))
t(lambda: ref([]))
t(lambda: ref({}))
t(lambda: ref(None))
t(lambda: ref())
t(lambda: ref(a, None, 3))
t(lambda: ref(A)() is A)
def f():
    pass
t(lambda: ref(f)() is f)
t(lambda: isinstance(r, ref))
class MyRef(ref):
    def __new__(cls, ob, callback=None, extra=None):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
        self.extra = extra
m = MyRef(a, None, 'extra')
t(lambda: (m() is a, m.extra))
t(lambda: r() is a)
p = _weakref.proxy(a)
a.attr = 'via proxy'
t(lambda: p.attr)
p.other = 5
t(lambda: a.other)
t(lambda: type(p).__name__)
t(lambda: hash(p))
d = {'k': ref(a)}
_weakref._remove_dead_weakref(d, 'k')
t(lambda: list(d))
