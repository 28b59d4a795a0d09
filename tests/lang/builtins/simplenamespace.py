# types.SimpleNamespace (reached through sys.implementation's type).
import sys
SimpleNamespace = type(sys.implementation)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: SimpleNamespace())
t(lambda: SimpleNamespace(a=1, b='x'))
t(lambda: SimpleNamespace({'c': 3}, a=1))
t(lambda: SimpleNamespace([('k', 'v')]))
t(lambda: SimpleNamespace({1: 2}))
t(lambda: SimpleNamespace(1, 2))
t(lambda: SimpleNamespace(a=1) == SimpleNamespace(a=1))
t(lambda: SimpleNamespace(a=1) == SimpleNamespace(a=2))
t(lambda: SimpleNamespace(a=1) != SimpleNamespace(a=1))
t(lambda: SimpleNamespace() == 1)
t(lambda: hash(SimpleNamespace()))
n = SimpleNamespace(x=1)
n.y = 2
del n.x
t(lambda: n)
t(lambda: n.x)
t(lambda: vars(n))
t(lambda: n.__reduce__())
n.self = n
t(lambda: n)
class Sub(SimpleNamespace):
    pass
t(lambda: Sub(q=1))
t(lambda: Sub(q=1) == SimpleNamespace(q=1))
t(lambda: SimpleNamespace.__name__)
t(lambda: SimpleNamespace(z=1, a=2))
