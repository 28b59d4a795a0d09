# Subscript errors for objects without the corresponding methods.
class A: pass
class G:
    def __getitem__(self, k): return k
def show(src, ns):
    try:
        exec(src, ns)
    except TypeError as e:
        print(src.strip(), '->', e)
ns = {'A': A, 'G': G, 't': (1, 2), 's': 'ab', 'n': 5, 'f': 1.5, 'fs': frozenset([1]), 'r': range(3),
      'b': b'xy', 'd': {}, 'g': G()}
for src in ('del t[0]', "del t['x']", 'del s[0]', 'del n[0]', 'del A()[0]', "del A()['x']",
            'del r[0]', 'del b[0]', 'del fs[0]', 'del f[0]', 'del g[0]',
            't[0] = 1', "t['x'] = 1", 's[0] = 1', 'n[0] = 1', 'A()[0] = 1', 'g[0] = 1', 'fs[0] = 1',
            'n[0]', 'A()[0]', 'f[0]', 'fs[0]', 'len(A())', 'len(n)', 'iter(A())', '1 in A()',
            'x = 1 in n', 'A()()', 'n()', 'reversed(A())'):
    show(src, ns)
g = G()
print(g[1:2], g[1, 2], g[...], g['k'])
