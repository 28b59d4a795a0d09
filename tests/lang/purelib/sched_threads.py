import sched, threading, time

# A scheduler whose clock never waits: delays advance a fake clock.
now = [100.0]
s = sched.scheduler(lambda: now[0], lambda d: now.__setitem__(0, now[0] + d))
results = []
def task(name):
    results.append((name, now[0]))
events = [s.enterabs(105 + i % 3, i % 2, task, (f't{i}',)) for i in range(9)]
print([(e.time, e.priority, e.sequence - events[0].sequence) for e in s.queue][:9])
s.cancel(events[4])
s.cancel(events[0])
s.run()
print(results)
# Events entered from another thread while run() is waiting.
real = sched.scheduler(time.monotonic, time.sleep)
hits = []
real.enter(0.05, 1, hits.append, ('late',))
def adder():
    real.enter(0.01, 0, hits.append, ('from-thread',))
t = threading.Thread(target=adder)
t.start(); t.join()
real.run()
print(sorted(hits), real.empty())
# kwargs and priorities at the same time
s2 = sched.scheduler(lambda: 0, lambda d: None)
out = []
s2.enterabs(1, 5, lambda **k: out.append(('p5', k)), kwargs={'x': 1})
s2.enterabs(1, -1, lambda *a: out.append(('p-1', a)), argument=(1, 2))
s2.enterabs(1, 5, lambda: out.append('p5-second'))
print(s2.run(blocking=False), out)
s2.enterabs(0, 0, out.append, ('now',))
print(s2.run(blocking=False), out[-1])
ev = s2.enterabs(0, 0, out.append, ('x',))
print(ev < s2.enterabs(0, 1, out.append, ('y',)), ev == ev)
try:
    s2.cancel(sched.Event(0, 0, 999, None, (), {}))
except ValueError as e:
    print('ValueError', e)
