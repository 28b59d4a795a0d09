# Exact bytes for containers: nesting, shared references (memo) and recursion.
import pickle
s = 'shared'
lst = [1, 2]
r = [1]; r.append(r)
d = {}; d['self'] = d
t = ([],); t[0].append(t)
t2 = ([], 1, 2, 3); t2[0].append(t2)
class Holder: pass
h = Holder()
fs_holder = [frozenset([1, 2]), 'x']
objs = [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), (((1,),),),
        [], [1], [1, 2, 3], [[]], [[], []], [lst, lst], (lst, lst), {'a': lst, 'b': lst},
        {}, {'a': 1}, {'a': 1, 'b': [2]}, {1: 'one', 2: 'two'}, {(1, 2): None},
        set(), {1}, {1, 2, 3}, frozenset(), frozenset([4]), [frozenset([5])] * 2, {'a', 'b'},
        [s, s, (s, s)], {'k': s, s: 1}, r, d, t, t2, [r, r], fs_holder,
        [None, True, 1.5, 'x', b'y'], list(range(20)), {i: str(i) for i in range(12)},
        tuple(range(10)), [(i, -i) for i in range(5)], [[[[[]]]]], [b'same'] * 3]
for i, o in enumerate(objs):
    for p in range(6):
        data = pickle.dumps(o, p)
        print(i, p, data)
        back = pickle.loads(data)
        print('  ', repr(back)[:60] if not isinstance(back, (set, frozenset)) or all(isinstance(x, int) for x in back) else sorted(back))
# identity preserved in round trips
b = pickle.loads(pickle.dumps([lst, lst, (lst,)], 2))
print(b[0] is b[1], b[2][0] is b[0])
b = pickle.loads(pickle.dumps(r, 4)); print(b[1] is b)
b = pickle.loads(pickle.dumps(d, 0)); print(b['self'] is b)
b = pickle.loads(pickle.dumps(t, 1)); print(b[0][0] is b)
b = pickle.loads(pickle.dumps(t2, 3)); print(b[0][0] is b, b[1:])
