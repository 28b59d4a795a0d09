# Pickling and unpickling in 8 threads at once: every thread has its own Pickler state;
# results must equal the single-threaded ones.
import pickle, threading, io

class Node:
    def __init__(self, v, nxt=None): self.v = v; self.nxt = nxt
    def __eq__(self, o): return type(o) is Node and self.v == o.v and self.nxt == o.nxt

def build(seed):
    chain = None
    for i in range(20):
        chain = Node(seed * 100 + i, chain)
    shared = ['shared', seed]
    d = {'seed': seed, 'list': list(range(seed, seed + 50)), 'chain': chain,
         'twice': [shared, shared], 'set': {seed, seed + 1}, 'bytes': bytes([seed]) * 10,
         'big': 1 << (60 + seed), 'text': 'thread-%d \u20ac' % seed}
    return d

expected = {}
for seed in range(8):
    obj = build(seed)
    expected[seed] = [pickle.dumps(obj, p) for p in range(6)]

results = {}
errors = []
barrier = threading.Barrier(8)
def worker(seed):
    try:
        barrier.wait()
        obj = build(seed)
        out = []
        for rep in range(15):
            for p in range(6):
                data = pickle.dumps(obj, p)
                back = pickle.loads(data)
                ok = (data == expected[seed][p] and back['chain'] == obj['chain']
                      and back['twice'][0] is back['twice'][1] and back['list'] == obj['list'])
                out.append(ok)
            f = io.BytesIO()
            pk = pickle.Pickler(f, 4)
            pk.dump(obj)
            pk.dump(obj)
            f.seek(0)
            up = pickle.Unpickler(f)
            a = up.load(); b = up.load()
            out.append(a is b and a['seed'] == seed)
        results[seed] = out
    except Exception as e:
        errors.append((seed, type(e).__name__, str(e)))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print('errors', errors)
for seed in range(8):
    r = results.get(seed, [])
    print(seed, len(r), all(r))
for seed in range(8):
    print(seed, [len(x) for x in expected[seed]])
print(expected[3][2][:80])

# shared module state (copyreg dispatch table) read concurrently
import copyreg
class C2:
    def __init__(self, x): self.x = x
copyreg.pickle(C2, lambda c: (C2, (c.x * 2,)))
outs = [None] * 8
def w2(i):
    outs[i] = [pickle.loads(pickle.dumps(C2(i), p)).x for p in range(6)]
ts = [threading.Thread(target=w2, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(outs)
