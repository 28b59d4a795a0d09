from array import array
import sys
codes = 'bBhHiIlLqQfd'
limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
          'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for c in codes:
    if c in limits:
        lo, hi = limits[c]
        a = array(c, [lo, hi, 0, 1, hi // 2])
    else:
        a = array(c, [0.0, -1.5, 1e10, float('inf'), float('-inf')])
    raw = a.tobytes()
    b = array(c)
    b.frombytes(raw)
    s = array(c, a)
    s.byteswap()
    s2 = array(c, s)
    s2.byteswap()
    print(c, a.itemsize, len(raw), a == b, s2 == a, raw.hex()[:32], a.tolist())
    print(' ', a[::-1], a[1:3], a.count(a[0]), a.index(a[-1]), repr(a[2]))
f = array('f', [0.1, 1/3, 3.4028234663852886e38, 1e-45, 16777217])
print(f, f.tolist())
t = array('f', [1e39])
print(t, array('f', [-1e39]))
d = array('d', [0.1, 1/3, 5e-324, sys.float_info.max])
print(d)
n = array('d', [float('nan')])
print(n, n[0] != n[0], n == n, n.tobytes() == array('d', [float('nan')]).tobytes())
w = array('w', 'héllo wörld 🐍')
print(w, len(w), w.tounicode(), w[12], w.itemsize, w.tobytes()[:8])
w2 = array('w')
w2.frombytes('ab'.encode('utf-32-le'))
print(w2, w2 == array('w', 'ab'), array('w', 'ab') < array('w', 'b'))
w2.fromunicode('cd')
w2.extend('ef')
w2.append('g')
w2.insert(0, 'Z')
print(w2, w2.pop(), w2.index('c'), 'c' in w2, 'x' in w2, w2.count('d'))
print(array('b', [1, 2, 3]) == array('d', [1.0, 2.0, 3.0]), array('B', [200]) > array('b', [100]))
print(array('Q', [2**64 - 1]) > array('q', [2**63 - 1]), array('L', [5]) == array('i', [5]))
print(array('i', [1, 2]) < array('f', [1, 2.5]), array('d', [1.0]) <= array('d'))
print(sorted(array('h', [5, -3, 10, 0])), max(array('H', [3, 9, 1])), sum(array('d', [0.5] * 4)))
print(array('b', [True, False]), array('d', [True, 3]), array('B', b'\xff\x00'))
class Idx:
    def __index__(self): return 7
class Flt:
    def __float__(self): return 2.5
print(array('b', [Idx()]), array('d', [Flt(), Idx()]), array('Q', [Idx()]))
a = array('i', range(10))
print(a[Idx()], a[Idx():], a[:Idx():2])
a[Idx()] = 70
print(a)
print(array('i', range(5)) * Idx())
