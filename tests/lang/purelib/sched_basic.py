import sched

clock = [0.0]
def timefunc(): return clock[0]
def delayfunc(d):
    if d: print('  sleep', d)
    clock[0] += d

s = sched.scheduler(timefunc, delayfunc)
log = []
def act(name, *a, **k):
    print('run', name, a, sorted(k.items()), 'at', clock[0])

e1 = s.enter(10, 1, act, ('ten',))
e2 = s.enter(5, 2, act, ('five-low',))
e3 = s.enter(5, 1, act, ('five-high',), {'k': 1})
e4 = s.enterabs(7, 0, act, argument=('abs7',))
e5 = s.enter(5, 1, act, ('five-high-2',))
print(e1.time, e1.priority, e1.argument, e1.kwargs, type(e1).__name__, e1._fields)
print([ (e.time, e.priority, e.argument) for e in s.queue ])
print(s.empty())
s.cancel(e4)
try:
    s.cancel(e4)
except ValueError as e:
    print('ValueError', e)
s.run()
print(s.empty(), s.queue)

s.enter(3, 0, act, ('later',))
s.enter(0, 0, act, ('now',))
print('nonblocking', s.run(blocking=False))
print('nonblocking', s.run(False))
clock[0] += 3
print('nonblocking', s.run(False))

def chain(n):
    print('chain', n, clock[0])
    if n:
        s.enter(1, 0, chain, (n - 1,))
s.enter(0, 0, chain, (3,))
s.run()
try:
    s.enter(0, 0, act)  # missing name argument: error raised in run()
    s.run()
except TypeError as e:
    print('TypeError', e)
print(s.empty())
real = sched.scheduler()
ev = real.enter(0, 0, print, ('real run',))
real.run()
