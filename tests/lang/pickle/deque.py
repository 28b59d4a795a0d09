# collections.deque pickles like CPython (empty call + maxlen, items as APPENDs), subclasses too.
import pickle, copy, collections
class D2(collections.deque): pass
for o in [collections.deque([1, 'a']), collections.deque([1, 2, 3], 2), collections.deque(), D2([5])]:
    for p in range(6):
        d = pickle.dumps(o, p)
        b = pickle.loads(d)
        print(p, d, b, b.maxlen)
    print(copy.copy(o), copy.deepcopy(o))
x = D2([1]); x.tag = 'T'
b = pickle.loads(pickle.dumps(x, 2)); print(b, b.tag, copy.copy(x).tag)
