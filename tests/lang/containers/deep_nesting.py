# Deeply nested containers: C-level recursion must raise RecursionError, never crash.
def t(name, f):
    try:
        f()
        print(name, 'ok')
    except RecursionError:
        print(name, 'RecursionError')
l = []
for i in range(200000):
    l = [l]
t('repr list', lambda: repr(l))
t('eq same list', lambda: l == l)
tt = ()
for i in range(200000):
    tt = (tt,)
t('repr tuple', lambda: repr(tt))
d = {}
for i in range(200000):
    d = {1: d}
t('repr dict', lambda: repr(d))
l2 = []
for i in range(200000):
    l2 = [l2]
t('eq lists', lambda: l == l2)
t('lt lists', lambda: l < l2)
d2 = {}
for i in range(200000):
    d2 = {1: d2}
t('eq dicts', lambda: d == d2)
s = []
for i in range(1000):
    s = [s, i]
print(len(repr(s)), s[1], s[0][1])
