def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    print('sent', x)
    yield from [7, 8]
    y = yield from sub()
    print('sub returned', y)
    return 'done'
def sub():
    yield 'in sub'
    return 'subresult'
it = g()
print(next(it), next(it), next(it), next(it))
print(it.send('hello'))
print(next(it), next(it))
try: next(it)
except StopIteration as e: print('stop', e.value)
def h(): x = yield 1; return x
def k(): return (yield)
gen = k(); next(gen)
try: gen.send(5)
except StopIteration as e: print('ret', e.value)
def m(): yield from (x * 2 for x in range(3))
print(list(m()))
def n():
    a = yield 1; b = yield a; yield b
z = n(); print(next(z), z.send('A'), z.send('B'))
