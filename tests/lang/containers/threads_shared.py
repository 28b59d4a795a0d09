# Several threads mutate one list / dict / set: nothing may be lost.
import threading
N, PER = 4, 5000
lst, dct, st = [], {}, set()
def work(tid):
    for i in range(PER):
        v = tid * PER + i
        lst.append(v)
        dct[v] = tid
        st.add(v)
        dct['shared'] = v
threads = [threading.Thread(target=work, args=(t,)) for t in range(N)]
for t in threads: t.start()
for t in threads: t.join()
print(len(lst), len(dct), len(st), sorted(lst) == list(range(N * PER)), set(st) == set(range(N * PER)))
print(sorted(k for k in dct if k != 'shared') == list(range(N * PER)), 'shared' in dct)
# concurrent pops and appends balance
box = list(range(10000))
popped = []
def popper():
    local = []
    while True:
        try:
            local.append(box.pop())
        except IndexError:
            break
    popped.append(len(local))
ts = [threading.Thread(target=popper) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(popped), box)
# iteration while another thread mutates never crashes
shared = {i: i for i in range(1000)}
errors = []
def mutate():
    for i in range(3000):
        shared[i % 1500] = i
        if i % 3 == 0:
            shared.pop((i * 7) % 1500, None)
def iterate():
    for _ in range(50):
        try:
            for k in shared:
                pass
        except RuntimeError as e:
            errors.append(str(e))
ts = [threading.Thread(target=mutate), threading.Thread(target=iterate)]
for t in ts: t.start()
for t in ts: t.join()
print(all(e.startswith('dictionary') for e in errors))
l2 = list(range(2000))
def sorter():
    for _ in range(20):
        try:
            l2.sort(reverse=True)
        except ValueError as e:
            print('unexpected', e)
def reader():
    for _ in range(2000):
        x = l2[0] if l2 else None
        n = len(l2)
ts = [threading.Thread(target=sorter), threading.Thread(target=reader)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(l2) == list(range(2000)))
