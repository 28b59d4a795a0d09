def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def f(**k): return k
t(lambda: {**1})
t(lambda: f(**1))
t(lambda: dict(**{1: 2}))
t(lambda: f(**{1: 2}))
t(lambda: {**{'a': 1}, **{'a': 2}})
t(lambda: [*1])
t(lambda: {*1})
t(lambda: (*1,))
class M:
    def keys(self): return ['a']
    def __getitem__(self, k): return 5
t(lambda: {**M()})
t(lambda: f(**M()))
t(lambda: f(a=1, **M()))
t(lambda: dict(M(), b=2))
