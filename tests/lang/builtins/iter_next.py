# iter() (incl. the sentinel form) and next() with a default.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
it = iter([1, 2])
t(lambda: next(it))
t(lambda: next(it))
t(lambda: next(it))
t(lambda: next(it, 'default'))
t(lambda: next(iter(()), None))
t(lambda: next(1))
t(lambda: next([1]))
t(lambda: iter(5))
t(lambda: iter(5, 1))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
t(lambda: list(iter(counter, 4)))
t(lambda: list(iter(iter('abc').__next__, 'c')))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
t(lambda: list(iter(Seq())))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
i = It()
t(lambda: iter(i) is i)
t(lambda: next(i))
t(lambda: next(i))
t(lambda: next(i, 'end'))
t(lambda: next(i))
class BadIter:
    def __iter__(self):
        return 5
t(lambda: iter(BadIter()))
t(lambda: next())
t(lambda: iter())
g = (x for x in [1])
t(lambda: next(g))
t(lambda: next(g, 'done'))
