# Deeply nested structures: moderate depths round-trip, unbounded depth raises
# RecursionError instead of crashing; long flat and long linked structures work.
import pickle
for depth in (10, 100, 250):
    x = []
    for i in range(depth):
        x = [x]
    d = {}
    for i in range(depth):
        d = {'k': d}
    t = ()
    for i in range(depth):
        t = (t, i)
    for p in range(6):
        for name, obj in (('list', x), ('dict', d), ('tuple', t)):
            data = pickle.dumps(obj, p)
            y = pickle.loads(data)
            n = 0
            while y:
                y = y[0] if name != 'dict' else y['k']
                n += 1
            print(depth, p, name, len(data), n)
for p in range(6):
    x = []
    for i in range(100000):
        x = [x]
    try:
        pickle.dumps(x, p)
    except RecursionError as e:
        print(p, 'RecursionError', e)
# a deep pickle built by hand loads without recursion (the unpickler is iterative)
for p in (1, 2, 4):
    depth = 50000
    data = (b'\x80\x02' if p >= 2 else b'') + b']' * depth + b'a' * (depth - 1) + b'.'
    y = pickle.loads(data)
    n = 0
    while y:
        y = y[0]; n += 1
    print(p, 'hand-built depth', n)
big = list(range(100000))
print(len(pickle.dumps(big, 4)), pickle.loads(pickle.dumps(big, 2)) == big)
