# Mutated pickles of class instances (BUILD, NEWOBJ, _reconstructor, slots), every protocol:
# loads() gives the same result or the same error as CPython.
import pickle
class P:
    def __init__(self): self.a = [1, 2.5]; self.b = "x"
class Q:
    __slots__ = ("s",)
    def __init__(self): self.s = 4
    def __getstate__(self): return (None, {"s": self.s})
def show(v, depth=0):
    if depth > 3:
        return '...'
    if isinstance(v, (P, Q)):
        d = sorted(getattr(v, '__dict__', {}).items())
        return '%s(%s,%s)' % (type(v).__name__, show(d, depth + 1), getattr(v, 's', '-'))
    if isinstance(v, (list, tuple)):
        return '[' + ', '.join(show(x, depth + 1) for x in v) + ']'
    if isinstance(v, (set, frozenset)):
        return 'set'
    if isinstance(v, dict):
        return '{dict %d}' % len(v)
    return type(v).__name__ if hasattr(v, '__dict__') else repr(v)

base = [pickle.dumps([P(), Q(), P(), (1, 2, 3, 4), "s" * 3, -70000, 1e-5], p)
        for p in range(6)]
lcg = 77
def rnd(n):
    global lcg
    lcg = (lcg * 1103515245 + 12345) % 2147483648
    return lcg % n
for case in range(3000):
    b = bytearray(base[rnd(6)])
    for _ in range(1 + rnd(3)):
        r = rnd(10)
        if r < 7:
            b[rnd(len(b))] = rnd(256)
        elif r < 9:
            del b[rnd(len(b)):]
            if not b:
                b = bytearray(b'N.')
        else:
            i = rnd(len(b))
            b[i:i] = bytes([rnd(256)])
    try:
        r = pickle.loads(bytes(b))
        res = 'ok ' + show(r)[:70]
    except Exception as e:
        res = '%s %s' % (type(e).__name__, str(e).split(' on <module')[0][:80])
    print(case, res.encode('ascii', 'backslashreplace').decode())
