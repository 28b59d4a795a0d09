# Generators: try/finally, with, close/throw, yield in odd places
class CM:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *a):
        print('exit', a[0].__name__ if a[0] else None)
        return False

def gen_with():
    with CM():
        yield 1
        yield 2
g = gen_with()
print(next(g))
g.close()
print('--')
print(list(gen_with()))

def gen_finally_loop():
    for i in range(3):
        try:
            yield i
        finally:
            print('fin', i)
print(list(gen_finally_loop()))
g = gen_finally_loop()
next(g)
g.close()

def gen_throw_in_finally():
    try:
        yield 'a'
    finally:
        yield 'cleanup-yield'
g = gen_throw_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def yield_expressions():
    a = yield
    b = (yield a) or 'default'
    c = [(yield b), (yield 'x')]
    yield c
g = yield_expressions()
print(next(g), g.send('A'), g.send(None), g.send('c1'), g.send('c2'))

def gen_return_value():
    yield 1
    return 'rv'
def outer():
    rv = yield from gen_return_value()
    yield 'outer got ' + rv
print(list(outer()))

def gen_in_class_method():
    class C:
        def items(self):
            for i in range(3):
                yield i * 10
    return list(C().items())
print(gen_in_class_method())

def infinite():
    n = 0
    while True:
        n += 1
        got = yield n
        if got == 'stop':
            return n
g = infinite()
next(g); next(g)
try:
    g.send('stop')
except StopIteration as e:
    print('returned', e.value)

def gen_exc_propagates():
    yield 1
    raise KeyError('from gen')
try:
    for v in gen_exc_propagates():
        print('v', v)
except KeyError as e:
    print('caught', e)

def yield_from_throw():
    def inner():
        try:
            yield 1
        except ValueError:
            yield 'inner handled'
    yield from inner()
g = yield_from_throw()
next(g)
print(g.throw(ValueError))

def gi_state():
    g = (i for i in range(2))
    return next(g), list(g), list(g)
print(gi_state())

def running_total(iterable):
    total = 0
    for v in iterable:
        total += v
        yield total
print(list(running_total(range(6))))
print(sum(x for x in range(10) if x % 3 == 0))
print(list(zip((a for a in 'abc'), (b for b in range(3)))))
