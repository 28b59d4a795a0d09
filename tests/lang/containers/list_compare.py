def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], [] < [0], [1] <= [1], [1] >= [1, 0], [1, 2] == [1, 2.0])
print([[1, 2], [3]] < [[1, 2], [4]], [(1, 'a')] < [(1, 'b')], ['a', 'b'] < ['a', 'c'], ['abc'] > ['ab'])
t(lambda: [1] < ['a'])
t(lambda: [1, 2] < (1, 2))
t(lambda: [1] < None)
print([1] == (1,), [] == (), [1] != (1,), [None] == [None])
n = float('nan')
print([n] == [n], [n] == [float('nan')], n in [n], [1, n] < [1, n, 0], (n,) < (n, 1))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'Cmp(%d)' % self.v
print([Cmp(1), Cmp(2)] == [Cmp(1), Cmp(2)], [Cmp(1)] < [Cmp(2)], max([Cmp(3), Cmp(9), Cmp(1)]), min([Cmp(3), Cmp(9), Cmp(1)]))
class NoEq:
    def __eq__(self, o): raise TypeError('no eq')
t(lambda: [NoEq()] == [NoEq()])
x = NoEq()
print([x] == [x], x in [x])
print(max([3, 1, 2]), min([[2], [1, 5]]), sorted([[3], [1, 2], [1]]), max([(1, 'b'), (1, 'a')]))
print((1, 2) == (1, 2), (1, (2, 3)) < (1, (2, 4)), ((),) > ((), ), (1, 2) >= (1,))
a = [1, 2, 3]
b = a
print(a is b, a == a[:], a is a[:], a == list(a))
deep1 = [[[1]], {'a': (1, [2])}]
deep2 = [[[1]], {'a': (1, [2])}]
print(deep1 == deep2, deep1 != deep2)
deep2[1]['a'][1].append(3)
print(deep1 == deep2)
