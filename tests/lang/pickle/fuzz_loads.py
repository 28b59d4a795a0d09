# Deterministically mutated pickles (every protocol): loads() must give the same result
# or the same exception type and message as CPython's unpickler, and never crash.
import pickle
base = [pickle.dumps([1, 'ab', (2.5, None), {'k': 'v'}, True, 1 << 70, {1}, frozenset([2]), -3, [[]]], p)
        for p in range(6)]
lcg = 2024
def rnd(n):
    global lcg
    lcg = (lcg * 1103515245 + 12345) % 2147483648
    return lcg % n
for case in range(2500):
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
        res = 'ok ' + (repr(r) if not isinstance(r, (set, frozenset)) else 'set')[:60]
    except Exception as e:
        res = '%s %s' % (type(e).__name__, str(e)[:80])
    print(case, res.encode('ascii', 'backslashreplace').decode())
