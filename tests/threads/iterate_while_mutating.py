# Iterating containers that other threads mutate never crashes; it may
# raise RuntimeError (dict/set size changed) exactly where CPython does.
import threading

d = {i: i for i in range(1000)}
s = set(range(1000))
lst = list(range(1000))
stop = threading.Event()


def mutator():
    i = 1000
    while not stop.is_set():
        d[i] = i
        d.pop(i - 1000, None)
        s.add(i)
        s.discard(i - 1000)
        lst.append(i)
        if len(lst) > 1500:
            del lst[:100]
        i += 1


outcomes = set()


def iterator():
    for _ in range(300):
        for container in (d, s):
            try:
                n = 0
                for _x in container:
                    n += 1
                outcomes.add("completed")
            except RuntimeError:
                outcomes.add("RuntimeError")
        total = 0
        for x in lst:
            total += 1
        outcomes.add("list-ok")


m = threading.Thread(target=mutator)
its = [threading.Thread(target=iterator) for _ in range(3)]
m.start()
for t in its:
    t.start()
for t in its:
    t.join()
stop.set()
m.join()
print("iterated without crashing:", "list-ok" in outcomes)
print("only expected outcomes:", outcomes <= {"completed", "RuntimeError", "list-ok"})
