def gen(n):
    for i in range(n):
        yield i * i

print(list(gen(5)))
g = gen(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def ret():
    yield 1
    return "done"
g = ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

g = echo()
print(next(g))
print(g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print(e.value)

print(sum(x for x in range(10) if x % 2))
ge = (x * 2 for x in [1, 2, 3])
print(type(ge).__name__, list(ge), list(ge))

def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fibs()
print([next(f) for _ in range(10)])

def gen_with_try():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_with_try():
    print("got", v)

def early():
    try:
        yield 1
        yield 2
    finally:
        print("early cleanup")
g = early()
print(next(g))
g.close()
print("closed")

def nested():
    def inner():
        yield "i1"
        yield "i2"
    for x in inner():
        yield x.upper()
print(list(nested()))

g = gen(2)
print(iter(g) is g)
print(g.__name__, g.__qualname__)

def locals_kept():
    a = 1
    yield a
    a += 1
    yield a
    b = a * 10
    yield b
print(list(locals_kept()))

def empty():
    return
    yield
print(list(empty()))

print(list(zip(gen(3), "abc")))
print(dict(enumerate(gen(3))))
print(sorted(gen(4), reverse=True))
print(any(x > 3 for x in gen(3)), all(x < 10 for x in gen(3)))

def arg_gen(a, *rest, k=0):
    yield a
    yield from rest
    yield k
print(list(arg_gen(1, 2, 3, k=4)))
