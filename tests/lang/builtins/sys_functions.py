# sys functions: getsizeof, intern, exit, excepthook/displayhook, hooks.
import sys
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class Neg:
    def __sizeof__(self):
        return -1
class NotInt:
    def __sizeof__(self):
        return 'x'
class Raises:
    def __sizeof__(self):
        raise TypeError('no size')
t(lambda: sys.getsizeof(Neg()))
t(lambda: sys.getsizeof(NotInt()))
t(lambda: sys.getsizeof(NotInt(), 7))
t(lambda: sys.getsizeof(Raises()))
t(lambda: sys.getsizeof(Raises(), 'dflt'))
t(lambda: sys.getsizeof(Neg(), 1))
t(lambda: sys.getsizeof(object(), default=3) > 0)
s1 = sys.intern(''.join(['ab', 'cd']))
s2 = sys.intern('abcd')
t(lambda: s1 is s2)
t(lambda: sys.exit(0))
t(lambda: sys.exit([1, 2]))
t(lambda: sys.exit(code=1))
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
c = Collect()
old = sys.stdout
sys.stdout = c
sys.displayhook(42)
sys.displayhook(None)
sys.displayhook('text')
sys.stdout = old
print(repr("".join(c.parts)))
import builtins
print(builtins._)
c = Collect()
old = sys.stderr
sys.stderr = c
sys.excepthook(ValueError, ValueError('hooked'), None)
sys.excepthook(KeyError, KeyError('k'), None)
sys.stderr = old
print(repr("".join(c.parts)))
t(lambda: sys.excepthook(1, 2))
t(lambda: sys.displayhook())
seen = []
sys.displayhook = lambda v: seen.append(v)
exec(compile('1 + 1', '<s>', 'single'))
sys.displayhook = sys.__displayhook__
print(seen)
t(lambda: sys.call_tracing(len, ([1, 2],)))
t(lambda: sys.call_tracing(len, [1]))
t(lambda: sys.getrecursionlimit() > 0)
t(lambda: sys.settrace(None))
t(lambda: sys.setprofile(None))
t(lambda: sys.getprofile())
