import sys
class Rec:
    def __call__(self, n):
        return self(n + 1)
try:
    Rec()(0)
except RecursionError as e:
    print(1, e)
class G:
    def __getattr__(self, n):
        return self.x
try:
    G().y
except RecursionError as e:
    print(2, e)
class I:
    def __init__(self):
        I()
try:
    I()
except RecursionError as e:
    print(3, e)
def m(x):
    return list(map(m, [x]))
try:
    m(1)
except RecursionError as e:
    print(4, e)
class E:
    def __eq__(self, o):
        return self == o
try:
    E() == E()
except RecursionError as e:
    print(5, e)
class Rp:
    def __repr__(self):
        return repr(self)
try:
    repr(Rp())
except RecursionError as e:
    print(6, e)
def g():
    yield from g()
try:
    next(g())
except RecursionError as e:
    print(7, e)
class Ad:
    def __add__(self, o):
        return self + o
try:
    Ad() + 1
except RecursionError as e:
    print(8, e)
def srt(x):
    return sorted([1, 2], key=srt)
try:
    srt(1)
except RecursionError as e:
    print(9, e)
sys.setrecursionlimit(60000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50000))
def gdepth(n):
    if n:
        yield from gdepth(n - 1)
    yield n
sys.setrecursionlimit(1000)
print(sum(gdepth(200)))
