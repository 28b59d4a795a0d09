# sum(): ints, floats (compensated), start values, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: sum([]))
t(lambda: sum([1, 2, 3]))
t(lambda: sum([1, 2, 3], 10))
t(lambda: sum([1, 2], start=5))
t(lambda: sum(range(101)))
t(lambda: sum([2**62, 2**62, 2**62]))
t(lambda: sum([0.1] * 10))
t(lambda: sum([1e100, 1.0, -1e100, 1.0]))
t(lambda: sum([1, 0.5, 2]))
t(lambda: sum([0.1, 0.2, 0.3]))
t(lambda: sum([1.5, 2**70]))
t(lambda: sum([True, True, 3]))
t(lambda: sum([[1], [2, 3]], []))
t(lambda: sum([(1,), (2,)], ()))
t(lambda: sum([1j, 2]))
t(lambda: sum(['a', 'b']))
t(lambda: sum(['a'], ''))
t(lambda: sum([b'a'], b''))
t(lambda: sum([bytearray(b'a')], bytearray()))
t(lambda: sum(1))
t(lambda: sum())
t(lambda: sum([1, 'a']))
t(lambda: sum([float('inf'), 1.0]))
t(lambda: sum([float('inf'), -float('inf')]))
t(lambda: sum([-0.0]))
t(lambda: sum([], -0.0))
t(lambda: sum(x / 10 for x in range(10)))
t(lambda: sum([1, 2], start=0.5))
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    __radd__ = __add__
t(lambda: sum([V(1), V(2)]).v)
