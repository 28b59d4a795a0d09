import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, sorted(kwargs.items()))
        r = fn(*args, **kwargs)
        print("ret", r)
        return r
    return wrapper

@trace
def add(a, b=1, *, c=0):
    return a + b + c

add(1)
add(1, 2, c=3)
print(add.__name__, add.__wrapped__.__name__)

def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco

@repeat(3)
def hello(x):
    return "hi " + x
print(hello("there"))

def count_calls(fn):
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w

@count_calls
def noop():
    pass
for _ in range(4):
    noop()
print(noop.calls)

class Deco:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return ("Deco", self.fn(*a))
@Deco
def sq(x):
    return x * x
print(sq(5))

def stack1(fn):
    return lambda: "1(" + fn() + ")"
def stack2(fn):
    return lambda: "2(" + fn() + ")"
@stack1
@stack2
def base():
    return "base"
print(base())

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))

p = functools.partial(add.__wrapped__, 10, c=5)
print(p(1), p(b=2))

class K:
    @property
    def p(self):
        return "prop"
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
print(K().p, K.s(), K().s(), K.c(), K().c())

def deco_with_args(*dargs, **dkw):
    def deco(fn):
        def w(*a, **k):
            return fn(*(dargs + a), **{**dkw, **k})
        return w
    return deco
@deco_with_args(1, z=3)
def collect(*a, **k):
    return a, sorted(k.items())
print(collect(2, y=4))
