def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)

def g(*a, **k):
    return a, sorted(k.items())

show(lambda: g(*1))
show(lambda: g(*None))
show(lambda: g(**1))
show(lambda: g(**[1]))
show(lambda: g(**{'a': 1}, **{'a': 2}))
show(lambda: g(a=1, **{'a': 2}))
show(lambda: g(*(1, 2), *[3], *"xy", *{4: 0}))
show(lambda: print(*1))
show(lambda: print(**{'a': 1}, **{'a': 2}))

class M:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
show(lambda: g(**M()))
show(lambda: {**M()})
show(lambda: {**{1: 2}, **{3: 4}, 1: 5})
show(lambda: {**1})
show(lambda: [*range(3), *[4]])
show(lambda: [*5])
show(lambda: (*"ab", *b"cd"))
show(lambda: {*[1, 1, 2]})

def gen():
    yield 1
    yield 2
show(lambda: g(*gen(), **dict(x=1)))

class It:
    def __iter__(self):
        return iter([7, 8])
show(lambda: g(*It()))

def fmt(a, b, c):
    return f"{a}-{b}-{c}"
args = (1, 2)
kw = {'c': 3}
show(lambda: fmt(*args, **kw))
show(lambda: fmt(*args, c=4, **{}))
show(lambda: fmt(*args))
