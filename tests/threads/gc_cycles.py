# Threads create cyclic garbage at a high rate while others read shared
# structures: the collector stops the world repeatedly; readers must see
# intact data throughout.
import threading

shared = {i: [i] * 10 for i in range(500)}
stop = threading.Event()
errors = []


class Node:
    def __init__(self, v):
        self.v = v
        self.peer = None


def garbage_maker(k):
    for i in range(30000):
        a = Node(i)
        b = Node(a)
        a.peer = b
        _ = [a, b, {"x": a}]


def reader():
    while not stop.is_set():
        for k in range(0, 500, 7):
            v = shared[k]
            if len(v) != 10 or v[0] != k:
                errors.append(k)


makers = [threading.Thread(target=garbage_maker, args=(k,)) for k in range(4)]
readers = [threading.Thread(target=reader) for _ in range(2)]
for t in makers + readers:
    t.start()
for t in makers:
    t.join()
stop.set()
for t in readers:
    t.join()
print("readers saw intact data:", not errors)
import gc
print("collect returns int:", isinstance(gc.collect(), int))
