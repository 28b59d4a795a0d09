from collections import deque
import copy, pickle, threading
from collections.abc import MutableSequence, Sequence
print(isinstance(deque(), MutableSequence), issubclass(deque, Sequence))
for bad in ['deque(maxlen=-1)', 'deque(maxlen="x")', 'deque([1])[1.5]', 'deque([1])[10**30]', 'deque([1])[5]', 'deque().pop()', 'deque().popleft()', 'deque([1]).index(7)', 'deque([1]).remove(7)', 'deque([1],1).insert(0,2)', 'deque([1]) + [1]', 'deque([1])[0:1]', 'hash(deque())', 'deque([1]).rotate("a")', 'deque(1)', 'deque([1]) < [1]', 'deque([1]) * "a"', 'deque([1]).extend(5)']:
    try: print(eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
d = deque([1, 2, 3]); it = iter(d); next(it); d.append(4)
try: next(it)
except RuntimeError as e: print(e)
class D(deque):
    pass
print(repr(D([1])), repr(deque(maxlen=2)), D([1]).copy().__class__.__name__, deque([1]) == D([1]))
d = deque(); d.append(d); print(d)
d = deque(range(10), maxlen=7); print(d, d * 2, 2 * deque([1, 2]), deque([1]) + deque([2, 3]))
d *= 2; print(d); d += [9]; print(d)
print(list(reversed(deque(range(5)))), deque(range(5)) == deque(range(5)), deque([1, 2]) < deque([1, 3]), deque([1]) != deque([1]))
d = deque(range(6)); del d[2]; d[0] = 'x'; d.insert(2, 'y'); d.insert(-100, 'first'); d.insert(100, 'last'); print(d)
d.remove('y'); d.reverse(); print(d, d.index(3), d.index(3, 1, 5) if 3 in list(d)[1:5] else '-', d.count(3))
p = pickle.loads(pickle.dumps(deque([1, [2]], maxlen=4))); print(p, p.maxlen)
print(copy.copy(deque([1, 2])), copy.deepcopy(deque([[1], 2], 3)))
print(deque([1, 2]).__reduce__()[:3], D([5]).__reduce__()[:3])
d = deque('abc'); d.extendleft('xy'); print(d, len(d), bool(deque()))
d.clear(); print(d)
d.__init__([7, 8], maxlen=1); print(d)
e = deque(range(5)); e.rotate(100); print(e); e.rotate(-7); print(e)
f = deque(range(8), 8); f.rotate(3); print(f); f.append(99); print(f)
print(deque[int], type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(deque([1, 2, 3]).__length_hint__() if hasattr(deque, '__length_hint__') else len(deque([1, 2, 3])), iter(deque([1, 2])).__length_hint__())
class E(deque):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = 't'
e = E([1]); print(e, e.tag, e.__reduce__()[2])
shared = deque()
def prod():
    for i in range(20000): shared.append(i)
def cons(out):
    n = 0
    while n < 20000:
        try: out.append(shared.popleft()); n += 1
        except IndexError: pass
outs = [[]]
ts = [threading.Thread(target=prod), threading.Thread(target=cons, args=(outs[0],))]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(outs[0]) == list(range(20000)), len(shared))
w = deque(maxlen=100)
def pushes():
    for i in range(10000): w.append(i); w.appendleft(-i)
ts = [threading.Thread(target=pushes) for _ in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print(len(w), w.maxlen)
