# Classes shared by threads: concurrent attribute reads while a class is
# modified, concurrent class creation, concurrent slot updates.
import threading

class Shared:
    value = 0
    def get(self):
        return self.value

N_READERS = 4
ITER = 3000
errors = []
seen_bad = []

def reader():
    obj = Shared()
    last = -1
    for _ in range(ITER):
        v = obj.get()
        w = Shared.value
        if not isinstance(v, int) or not isinstance(w, int):
            seen_bad.append((v, w))
        # the class attribute only ever grows
        if w < last:
            seen_bad.append(('backwards', last, w))
        last = w

def writer():
    for i in range(1, ITER + 1):
        Shared.value = i

threads = [threading.Thread(target=reader) for _ in range(N_READERS)]
threads.append(threading.Thread(target=writer))
for t in threads: t.start()
for t in threads: t.join()
print('reads consistent:', not seen_bad, Shared.value)

# many threads creating classes and instances at once
results = []
lock = threading.Lock()
def maker(k):
    out = []
    for i in range(200):
        C = type('C%d_%d' % (k, i), (Shared,), {'k': k, '__add__': lambda s, o: s.k + o})
        c = C()
        out.append(c + i == k + i and c.get() == Shared.value and isinstance(c, Shared))
    with lock:
        results.append(all(out))
ts = [threading.Thread(target=maker, args=(k,)) for k in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print('class creation ok:', results == [True] * 6)

# slot updates while other threads use the operator
class Op:
    def __add__(self, o): return 1
stop = []
res = []
def user():
    o = Op()
    bad = 0
    while not stop:
        r = o + 0
        if r not in (1, 2):
            bad += 1
    res.append(bad)
def switcher():
    for i in range(2000):
        Op.__add__ = (lambda s, o: 2) if i % 2 else (lambda s, o: 1)
    stop.append(1)
us = [threading.Thread(target=user) for _ in range(3)]
sw = threading.Thread(target=switcher)
for t in us: t.start()
sw.start(); sw.join()
for t in us: t.join()
print('slot updates ok:', res == [0, 0, 0], Op() + 0)

# subclass sees base modification (version tags propagate)
class Base: attr = 'a'
class Mid(Base): pass
class Leaf(Mid): pass
leaf = Leaf()
def flip():
    for i in range(1000):
        Base.attr = 'b' if i % 2 else 'a'
    Base.attr = 'final'
ft = threading.Thread(target=flip)
ft.start()
vals = set()
while ft.is_alive():
    vals.add(leaf.attr)
ft.join()
print(leaf.attr, vals <= {'a', 'b', 'final'})
