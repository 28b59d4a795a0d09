# Using TopologicalSorter as a work scheduler for worker threads.
import threading, queue
from graphlib import TopologicalSorter, CycleError

deps = {
    'link': {'compile_a', 'compile_b', 'compile_c'},
    'compile_a': {'gen_headers'},
    'compile_b': {'gen_headers'},
    'compile_c': set(),
    'package': {'link', 'docs'},
    'docs': {'gen_headers'},
    'gen_headers': set(),
}
ts = TopologicalSorter(deps)
ts.prepare()
todo, done = queue.Queue(), queue.Queue()
def worker():
    while True:
        node = todo.get()
        if node is None:
            return
        done.put(node)
threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
order = []
waves = []
while ts.is_active():
    ready = ts.get_ready()
    waves.append(sorted(ready))
    for node in ready:
        todo.put(node)
    for _ in ready:
        node = done.get()
        order.append(node)
        ts.done(node)
for t in threads:
    todo.put(None)
for t in threads:
    t.join()
print(waves)
pos = {n: i for i, n in enumerate(order)}
print(all(pos[p] < pos[n] for n, ps in deps.items() for p in ps), len(order))

# static_order of larger graphs and of non-string nodes
g = {i: [i - 1, i - 2] if i >= 2 else [] for i in range(10)}
print(list(TopologicalSorter(g).static_order()))
g2 = {(1, 'a'): [frozenset({1})], frozenset({1}): [None], None: []}
print(list(TopologicalSorter(g2).static_order()))
ts = TopologicalSorter()
for i in range(5):
    ts.add(i)
ts.add(0, 4)
print(list(ts.static_order()))
big = TopologicalSorter({i: [i + 1] for i in range(2000)})
print(sum(1 for _ in big.static_order()))
try:
    list(TopologicalSorter({i: [(i + 1) % 50] for i in range(50)}).static_order())
except CycleError as e:
    print(len(e.args[1]), e.args[1][0] == e.args[1][-1])
ts = TopologicalSorter({'a': ['b']})
ts.prepare()
print(ts.get_ready(), ts.is_active())
try:
    ts.done('a')
except ValueError as e:
    print('ValueError', e)
ts.done('b')
print(ts.get_ready(), bool(ts))
ts.done('a')
print(bool(ts), ts.get_ready())
