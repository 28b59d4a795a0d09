import threading
from array import array
# slices, extended slices and deletions race with growth and shrinking
a = array('i', range(50))
done = threading.Event()
bad = []
def grow():
    for i in range(3000):
        a.extend(range(20))
        del a[10:30]
        a[0:10:2] = array('i', [1, 2, 3, 4, 5])
def read():
    while not done.is_set():
        s = a[0:100000]
        e = a[::-3]
        if len(s) < 50 or len(e) < 17:
            bad.append((len(s), len(e)))
        try:
            a[5]
        except IndexError:
            bad.append('index')
ws = [threading.Thread(target=grow) for _ in range(4)]
rs = [threading.Thread(target=read) for _ in range(4)]
for t in rs + ws: t.start()
for t in ws: t.join()
done.set()
for t in rs: t.join()
print(len(a), bad)
