# demo.py -- a tour of what ftpy runs today. `make demo` runs it.
import sys


def banner(title):
    print()
    print(f"== {title} ==")


banner("runtime")
print(sys.implementation.name, "implementing Python", sys.version.split()[0])
print("GIL enabled:", sys._is_gil_enabled())

banner("big integers and floats")
print("2**200 =", 2 ** 200)
print("factorial(30) =", __import__("math").factorial(30) if "math" in sys.builtin_module_names else "n/a")
print("0.1 + 0.2 =", 0.1 + 0.2, "| 1e22 =", 1e22, "| 1/3 =", 1 / 3)
print("divmod(-7, 2) =", divmod(-7, 2), "| -7 // 2 =", -7 // 2, "| -7 % 2 =", -7 % 2)


banner("classes, properties, operators")


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vector(1, 2) + Vector(3, 4)
print(v, 2 * v, v.norm2)


banner("generators and comprehensions")


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


gen = primes()
print([next(gen) for _ in range(15)])
print({w: len(w) for w in "free threaded python".split()})


banner("pattern matching")


def describe(shape):
    match shape:
        case {"kind": "circle", "r": r}:
            return f"circle of area {3.14159 * r * r:.2f}"
        case {"kind": "rect", "w": w, "h": h} if w == h:
            return f"square of side {w}"
        case {"kind": "rect", "w": w, "h": h}:
            return f"rectangle {w}x{h}"
        case _:
            return "unknown"


for s in ({"kind": "circle", "r": 1}, {"kind": "rect", "w": 2, "h": 2}, {"kind": "rect", "w": 2, "h": 3}, {}):
    print(describe(s))


banner("exceptions")
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("lookup failed") from e
except ValueError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))


banner("threads: no GIL")
import hashlib
import threading
import time


def hash_loop(n):
    data = b"Python 3.14 benchmark"
    for _ in range(n):
        hashlib.sha256(data).hexdigest()


def timed(nthreads, n):
    ts = [threading.Thread(target=hash_loop, args=(n,)) for _ in range(nthreads)]
    c0, w0 = time.process_time(), time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - w0, time.process_time() - c0


for n in (1, 2, 4):
    wall, cpu = timed(n, 100000)
    print(f"{n} thread(s) x 100000 sha256: wall {wall:.2f}s, cpu {cpu:.2f}s, "
          f"cores busy {cpu / wall:.1f}")
print("(run with -X gil=1 to compare with a global lock)")

banner("sub-interpreters")
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor

t0 = time.perf_counter()
interp = interpreters.create()
print(f"created {interp} in {(time.perf_counter() - t0) * 1e6:.0f} us")
interp.exec("import sys; greeting = 'hello from interpreter %d' % len(sys.modules)")
interp.exec("print(greeting.split(' %')[0].rsplit(' ', 1)[0])")
shared = "x" * 1_000_000


def same_object(s):
    return s


print("1 MB str shared without copying:", interp.call(same_object, shared) is shared)
interp.close()


def digest_chunk(rows):
    return [hashlib.sha256(r.encode()).hexdigest()[:8] for r in rows]


chunks = [[f"row-{i}-{j}" for j in range(3)] for i in range(4)]
with InterpreterPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(digest_chunk, chunks))[0])
