# Objects that cannot be pickled: locks, generators, modules, files, code objects,
# memoryviews, descriptors; the TypeError/PicklingError texts per protocol.
import pickle, threading, sys
def g(): yield 1
class Holder:
    def __init__(self, v): self.v = v
f = open(__file__, 'rb')
objs = [threading.Lock(), threading.RLock(), g(), sys, f, (lambda: 0).__code__, memoryview(b'x'),
        property(), classmethod(len), staticmethod(len), Holder(threading.Lock()), [1, g()],
        {'k': memoryview(b'')}, super]
for i, o in enumerate(objs):
    for p in range(6):
        try:
            d = pickle.dumps(o, p)
            print(i, p, 'ok', d)
        except Exception as e:
            print(i, p, type(e).__name__, e)
f.close()
# a failed dump leaves nothing half-written that breaks the next dump
import io
buf = io.BytesIO()
pk = pickle.Pickler(buf, 2)
try:
    pk.dump([1, 2, threading.Lock()])
except TypeError as e:
    print('TypeError', e)
print(pickle.dumps([1, 2], 2))
