# Weak references created and counted from several threads at once.
import _weakref as w
import threading
class A:
    pass
shared = A()
keep = []
lock = threading.Lock()
def worker(n):
    mine = [A() for _ in range(50)]
    refs = []
    for i in range(300):
        refs.append(w.ref(shared))
        refs.append(w.ref(mine[i % 50], lambda r: None))
        if i % 50 == 0:
            w.getweakrefcount(shared)
    with lock:
        keep.append((mine, refs))
threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(w.getweakrefcount(shared))
print(sorted(w.getweakrefcount(o) for mine, refs in keep for o in mine)[:3])
print(all(r() is shared for mine, refs in keep for r in refs[::2]))
