# Generators
def gen():
    x = yield 1
    print('got', x)
    y = yield 2
    print('got', y)
    return 'done'

g = gen()
print(next(g))
print(g.send('a'))
try:
    g.send('b')
except StopIteration as e:
    print('stop', e.value)

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)))

def delegate():
    r = yield from gen()
    print('delegate got', r)
    yield from [10, 20]
    yield from range(2)

d = delegate()
print(next(d), d.send(None), d.send(None), next(d), next(d), next(d))
try:
    next(d)
except StopIteration:
    print('exhausted')

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
g = with_finally()
print(next(g))
g.close()
print('closed')

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print('caught in gen', e)
c = catcher()
next(c)
c.throw(ValueError('thrown'))
c.throw(ValueError('again'))

def stop_inside():
    yield 1
    raise StopIteration('bad')
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e)

def gen_expr_scope():
    n = 3
    return list(i * n for i in range(n))
print(gen_expr_scope())

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

def yield_in_expr():
    x = (yield) + (yield)
    yield x
g = yield_in_expr()
next(g); g.send(1)
print(g.send(2))

def gen_return_in_try():
    try:
        yield 1
        return 'r'
    finally:
        print('fin')
print(list(gen_return_in_try()))

def lambda_gen():
    return (lambda: (yield 5))()
print(list(lambda_gen()))

def nested_yield_from():
    def inner():
        v = yield 'inner1'
        return v * 2
    result = yield from inner()
    yield result
g = nested_yield_from()
print(next(g), g.send(21))

print(type(gen).__name__, gen.__code__.co_flags & 0x20 != 0)

def gen_with_loop_break():
    for i in range(10):
        if i == 3:
            break
        yield i
    else:
        yield 'no'
    yield 'after'
print(list(gen_with_loop_break()))
