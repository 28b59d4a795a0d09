import timeit, io, sys, contextlib

class FakeTimer:
    """Advances by a fixed step per call: deterministic timings."""
    def __init__(self, step=1.0):
        self.t = 0.0
        self.step = step
    def __call__(self):
        self.t += self.step
        return self.t

t = timeit.Timer("x = 1 + 1", timer=FakeTimer())
print(t.timeit(10), t.timeit(0))
print(t.repeat(3, 5))
count = []
t = timeit.Timer(lambda: count.append(1), timer=FakeTimer(0.5))
print(t.timeit(7), len(count))
print(t.repeat(repeat=2, number=3), len(count))

# setup runs once per timeit call
log = []
t = timeit.Timer("log.append('s')", setup="log.append('setup')", globals={"log": log}, timer=FakeTimer())
t.timeit(3)
print(log)
t = timeit.Timer(stmt=lambda: log.append(2), setup=lambda: log.append(1), timer=FakeTimer())
log.clear(); t.timeit(2); print(log)

# multi-line statements and setup
ns = {}
t = timeit.Timer("for i in range(3):\n    acc.append(i)", setup="acc = []\nacc.append('start')", globals=ns)
t.timeit(2)
print({k: v for k, v in ns.items() if k != "__builtins__"})
t = timeit.Timer("acc.append(k)", setup="acc = out\nk = 5", globals={"out": []})
print(type(t.timeit(4)).__name__)

print(timeit.timeit("pass", number=5, timer=FakeTimer(2.0)))
print(timeit.repeat("pass", repeat=2, number=5, timer=FakeTimer(3.0)))
print(timeit.default_timer is __import__("time").perf_counter)
print(timeit.timeit("y = sum(range(10))", number=100) >= 0.0)
print(len(timeit.repeat("pass", number=10)) == 5)

# autorange with a clock advanced by the statement itself
class Clock:
    def __init__(self):
        self.t = 0
    def __call__(self):
        return self.t / 100
clk = Clock()
t = timeit.Timer("clk.t += 3", timer=clk, globals={"clk": clk})
print(t.autorange())
seen = []
print(t.autorange(lambda n, tt: seen.append((n, round(tt, 6)))), seen)

# errors
for args in [("x = (",), ("pass", "y = ("), (5,), ("pass", 7), ("return 1",), ("break",)]:
    try:
        timeit.Timer(*args)
    except Exception as e:
        print(type(e).__name__, e.args[0] if e.args else "")
try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
t = timeit.Timer("undefined_name")
try:
    t.timeit(1)
except NameError as e:
    print(type(e).__name__, e)
print("inner" in t.src, "undefined_name" in t.src)
print(timeit.reindent("a\nb", 4))
