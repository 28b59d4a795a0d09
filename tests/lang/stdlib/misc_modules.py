import bisect
import copy
import heapq
import contextlib
import queue
import types
import abc
import keyword
import io

h = [5, 1, 8, 3, 2]
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
h = []
for v in [4, 1, 7, 3]:
    heapq.heappush(h, v)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), sorted(h))
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3], key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect_left(a, 9))
bisect.insort_left(a, 3)
print(a, bisect.bisect([(1, "a"), (3, "b")], (2, "z")), bisect.bisect_left(["a", "bb"], 2, key=len))
orig = {"list": [1, [2, 3]], "tuple": (4, [5])}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append(99)
print(shallow["list"], deep["list"], deep["tuple"], copy.copy(5), copy.deepcopy("s"))


class Node:
    def __init__(self):
        self.children = []


n = Node()
n.children.append(n)
n2 = copy.deepcopy(n)
print(n2.children[0] is n2, n2 is not n)


@contextlib.contextmanager
def managed(name, log):
    log.append("enter " + name)
    try:
        yield name.upper()
    except ValueError as e:
        log.append("handled " + str(e))
    finally:
        log.append("exit " + name)


log = []
with managed("a", log) as v:
    log.append(v)
with managed("b", log):
    raise ValueError("oops")
print(log)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "closing", i)
    print("in stack")
with contextlib.nullcontext(42) as x:
    print(x)
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), [q.get() for _ in range(3)], q.empty())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in (3, 1, 2):
    lq.put(v)
    pq.put((v, str(v)))
print([lq.get() for _ in range(3)], [pq.get()[1] for _ in range(3)])
try:
    queue.Queue(maxsize=1).get(timeout=0.01)
except queue.Empty:
    print("Empty raised")
ns = types.SimpleNamespace(a=1, b=2)
ns.c = 3
print(ns, types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
print(type(len) is types.BuiltinFunctionType, type(lambda: 0) is types.FunctionType, isinstance(types, types.ModuleType))
Dyn = types.new_class("Dyn", (object,), {}, lambda ns: ns.update(x=5))
print(Dyn.x, Dyn.__name__)


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...


class Impl(Base):
    def run(self):
        return "ran"

    @property
    def name(self):
        return "impl"


try:
    Base()
except TypeError as e:
    print(e)
print(Impl().run(), Impl().name, isinstance(Impl(), Base))
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
