from graphlib import TopologicalSorter, CycleError

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, 'args', None))

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
g = {'D': ['B', 'C'], 'C': ['A'], 'B': ['A']}
print(list(TopologicalSorter(g).static_order()))
print(tuple(TopologicalSorter({2: [11], 9: [11, 8], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
print(list(TopologicalSorter().static_order()))
print(list(TopologicalSorter({1: []}).static_order()))

ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(2, 0)
ts.add(4)
ts.prepare()
steps = []
while ts.is_active():
    r = ts.get_ready()
    steps.append(r)
    ts.done(*r)
print(steps, bool(ts))

for cyc in [{1: [2], 2: [1]}, {1: [1]}, {'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': ['a']}, {1: [2], 2: [3], 3: [4], 4: [2]}]:
    t = TopologicalSorter(cyc)
    try:
        t.prepare()
    except CycleError as e:
        print('cycle', e.args, isinstance(e, ValueError))
    try:
        list(TopologicalSorter(cyc).static_order())
    except CycleError as e:
        print('static cycle', e.args[1])

t = TopologicalSorter({1: [0]})
show('get_ready before prepare', t.get_ready)
show('is_active before', t.is_active)
show('done before', lambda: t.done(0))
show('bool before', lambda: bool(t))
t.prepare()
show('prepare twice', t.prepare)
show('add after', lambda: t.add(5))
show('done not ready', lambda: t.done(1))
show('done unknown', lambda: t.done(99))
show('ready', t.get_ready)
show('ready again', t.get_ready)
show('done 0', lambda: t.done(0))
show('done 0 again', lambda: t.done(0))
show('ready 1', t.get_ready)
show('active', t.is_active)
show('done 1', lambda: t.done(1))
show('active end', t.is_active)

t = TopologicalSorter()
t.add('x', 'y', 'y')
t.prepare()
print(t.get_ready()); t.done('y'); print(t.get_ready())
show('unhashable', lambda: TopologicalSorter().add([1]))
print(TopologicalSorter[int])
