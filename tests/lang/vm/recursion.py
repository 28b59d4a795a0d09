import sys

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))

def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print("RecursionError", e)

# still usable afterwards
print(depth(100))

def mutual_a(n):
    return mutual_b(n - 1) if n else "a"
def mutual_b(n):
    return mutual_a(n - 1) if n else "b"
print(mutual_a(301), mutual_a(300))

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    depth(400)
except RecursionError as e:
    print("limited", e)
sys.setrecursionlimit(old)
print(depth(400))

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr recursion caught")

def rec_kw(n, *, acc=0):
    if n == 0:
        return acc
    return rec_kw(n - 1, acc=acc + n)
print(rec_kw(300))

def rec_star(*args):
    if len(args) > 50:
        return len(args)
    return rec_star(*args, 1)
print(rec_star())

def recurse_gen(n):
    if n:
        yield n
        yield from recurse_gen(n - 1)
print(list(recurse_gen(30)))

count = 0
def catcher():
    global count
    count += 1
    try:
        catcher()
    except RecursionError:
        pass
catcher()
print(count > 50)
