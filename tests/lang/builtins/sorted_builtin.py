# sorted(): copies, key, reverse, stability, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = [3, 1, 2]
b = sorted(a)
print(a, b, a is b)
t(lambda: sorted('banana'))
t(lambda: sorted({3: 'x', 1: 'y'}))
t(lambda: sorted([3, 1, 2], reverse=True))
t(lambda: sorted(['bb', 'a', 'ccc', 'dd'], key=len))
t(lambda: sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True))
t(lambda: sorted([(1, 'b'), (0, 'z'), (1, 'a')]))
t(lambda: sorted([1, 'a']))
t(lambda: sorted())
t(lambda: sorted([1], [2]))
t(lambda: sorted([1], cmp=None))
t(lambda: sorted(iterable=[1]))
t(lambda: sorted(5))
t(lambda: sorted([2, 1], key=None))
t(lambda: sorted(x % 5 for x in range(12)))
t(lambda: sorted([3, 1, 2], reverse=0))
t(lambda: sorted(['B', 'a', 'C'], key=str.lower))
t(lambda: sorted([], reverse=True))
