print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash(((1, 2), (3, 4))), hash((0.5, -1, None, True, False)))
print(hash(('a',)) == hash(('a',)), hash((1, 'x')) == hash((1, 'x')), hash((-1,)) == hash((-2,)), hash((2 ** 61 - 1,)), hash((2 ** 100,)))
print(hash(frozenset()), hash(frozenset([0])), hash(frozenset([1, 2])), hash(frozenset(range(10))), hash(frozenset([(1, 2)])))
print(hash(frozenset([frozenset([1])])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(slice(1, 2, 3)), hash(slice(None)), hash(slice(0, 1)), hash(range(0)), hash(range(5)), hash(range(1, 2)), hash(range(0, 10, 2)))
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 1)) == hash(range(0, 1, 9)))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
    def __repr__(self): return 'H(%d)' % self.v
print(hash((H(5), H(6))), {H(1): 'a'}[H(1)], H(2) in {H(2)}, H(3) in {H(4)})
class Neg:
    def __hash__(self): return -1
print(hash(Neg()), hash((Neg(),)), {Neg(): 1}[next(iter({Neg(): 1}))] if False else 'ok')
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        {bad: 1}
    except TypeError as e:
        print('TypeError', e)
    try:
        {bad}
    except TypeError as e:
        print('TypeError', e)
try:
    hash(([1],))
except TypeError as e:
    print('TypeError', e)
try:
    hash(frozenset([1]) | {2}) 
except TypeError as e:
    print('TypeError', e)
print(hash(frozenset([1]) | frozenset([2])) == hash(frozenset([1, 2])))
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, {1.5: 'a', 3 / 2: 'b'}, {(1, 2): 1, (1.0, 2.0): 2})
n = float('nan')
nd = {n: 1}
print(nd[n], n in nd, float('nan') in nd, [n] == [n], n in [n], (n,) == (n,), {n} == {n})
