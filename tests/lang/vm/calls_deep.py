# Python-to-Python calls through various paths and C re-entry
def a(n):
    return n if n <= 0 else b(n - 1)
def b(n):
    return a(n - 1)
print(a(400))

class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
    def total(self):
        return self.v + (self.nxt.total() if self.nxt else 0)
head = None
for i in range(300):
    head = Node(i, head)
print(head.total())

# calls through builtins that call back
print(sorted(range(10), key=lambda x: -x)[:3])
print(list(map(lambda x: x + 1, range(3))))
print(max(range(5), key=lambda v: (v % 3, v)))

# __init__ chains
class A:
    def __init__(self, x):
        self.x = x
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
b = B(1, 2)
print(b.x, b.y)

# __getattr__ recursion with fallback
class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(name)
print(Lazy().xy)
try:
    Lazy().nope
except AttributeError as e:
    print("AttributeError", e)

# operator overloading re-entering the VM
class V:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return V(*[a + b for a, b in zip(self.c, o.c)])
    def __eq__(self, o):
        return self.c == o.c
    def __lt__(self, o):
        return sum(self.c) < sum(o.c)
    def __repr__(self):
        return f"V{self.c}"
    def __hash__(self):
        return hash(self.c)
    def __len__(self):
        return len(self.c)
    def __bool__(self):
        return any(self.c)
    def __iter__(self):
        return iter(self.c)
    def __contains__(self, x):
        return x in self.c
print(V(1, 2) + V(3, 4), V(1) == V(1), sorted([V(3), V(1), V(2)]), len(V(1, 2, 3)))
print(bool(V(0, 0)), bool(V(0, 1)), 2 in V(1, 2), list(V(5, 6)), {V(1): "k"}[V(1)])

# deep recursion through __call__ hits RecursionError
class Rec:
    def __call__(self, n):
        return self(n + 1)
try:
    Rec()(0)
except RecursionError as e:
    print("RecursionError")

# generators consumed by builtins
def gen(n):
    for i in range(n):
        yield i
print(sum(gen(100)), list(zip(gen(2), gen(3))), dict(zip("ab", gen(2))))

# call with many keyword arguments
def kw(**k):
    return len(k)
print(kw(**{f"k{i}": i for i in range(200)}))
