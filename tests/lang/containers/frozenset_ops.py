def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, frozenset(), frozenset('aa'), frozenset(range(4)))
print(frozenset(f) is f, f.copy() is f, type(f | {9}).__name__, type({9} | f).__name__, {9} | f)
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset(['a'])) == hash(frozenset(['a'])))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset(range(100))))
print(hash(frozenset([frozenset([1]), frozenset([2])])))
d = {frozenset([1, 2]): 'x'}
print(d[frozenset([2, 1])], frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
s = {frozenset([1])}
s.remove({1}); print(s)
s.add(frozenset([2])); s.discard({2}); print(s)
t(lambda: f.add(1))
t(lambda: frozenset(1))
t(lambda: frozenset([1], [2]))
t(lambda: frozenset(a=1))
print(f.union([4]), f.intersection([1, 9]), f.difference([1]), f.symmetric_difference([1, 7]), f.issubset(range(5)), f.isdisjoint([9]))
print(f == {1, 2, 3}, f <= {1, 2, 3}, f < {1, 2, 3, 4}, f & {2}, f - {2}, f ^ {2, 5})
g = f
g |= {10}
print(f, g, f is g)
print(frozenset([frozenset(), frozenset([1])]) == {frozenset(), frozenset([1])})
print(repr(frozenset({(1, 2)})), str(frozenset({'a'})))
class FS(frozenset):
    pass
fs = FS([1, 2])
print(fs, type(fs).__name__, type(fs | {3}).__name__, type(fs.copy()).__name__, fs == frozenset([1, 2]), hash(fs) == hash(frozenset([1, 2])))
class SS(set):
    pass
ss = SS([3])
print(ss, SS(), type(ss & {3}).__name__, type(ss.copy()).__name__, ss == {3})
