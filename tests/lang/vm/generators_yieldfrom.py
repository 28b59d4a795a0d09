def sub():
    x = yield 1
    print("sub got", x)
    y = yield 2
    print("sub got", y)
    return "sub-result"

def deleg():
    r = yield from sub()
    print("deleg got", r)
    yield 3

g = deleg()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(list(g))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x for x in [9]))))

# throw is forwarded to the sub-generator
def sub2():
    try:
        yield 1
    except ValueError as e:
        print("sub2 caught", e)
        yield "recovered"
    yield "after"

def outer2():
    yield from sub2()
    yield "outer-end"

g = outer2()
print(next(g))
print(g.throw(ValueError("v")))
print(list(g))

# sub-generator does not catch: propagates through outer
def outer3():
    try:
        yield from sub2()
    except KeyError as e:
        print("outer3 caught", repr(e))
        yield "o3"
g = outer3()
next(g)
print(g.throw(KeyError("k")))

# close is forwarded
def sub4():
    try:
        yield 1
    finally:
        print("sub4 finally")
def outer4():
    try:
        yield from sub4()
    finally:
        print("outer4 finally")
g = outer4()
next(g)
g.close()
print("closed")

# gi_yieldfrom
def outer5():
    yield from sub4()
g = outer5()
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__)
g.close()

# yield from an iterator that has no throw(): exception raised in outer
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration(self.i * 100)
        return self.i
def outer6():
    r = yield from It()
    yield ("ret", r)
print(list(outer6()))
g = outer6()
next(g)
try:
    g.throw(IndexError("ix"))
except IndexError as e:
    print("IndexError", e)

# send to an iterator without send(): AttributeError
def outer7():
    yield from It()
g = outer7()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)

# returning values through multiple levels
def lvl(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from lvl(n - 1)
    return r + 1
def top():
    r = yield from lvl(5)
    yield r
print(list(top()))

# StopIteration value through send()
def sub8():
    yield
    return 42
def outer8():
    v = yield from sub8()
    return v
g = outer8()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)

# yield from with a non-iterable
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print("TypeError", e)
