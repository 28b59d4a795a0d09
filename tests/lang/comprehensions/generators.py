# Comprehensions inside generators, generator expressions (which keep their
# own frame) inside and around comprehensions.
import traceback, sys

def gen():
    x = 'g'
    for n in range(3):
        got = yield [x * i for x in range(n)]
        yield x, got

g = gen()
print(next(g), g.send('s1'), next(g), g.send('s2'))

def gen_exprs():
    g1 = (i * 2 for i in range(3))
    lst = [v + 1 for v in g1]
    g2 = (sum(row) for row in [[j for j in range(i)] for i in range(4)])
    return lst, list(g2)

print(gen_exprs())

def genexp_frame():
    return next(sys._getframe().f_code.co_name for _ in range(1))

def listcomp_frame():
    return [sys._getframe().f_code.co_name for _ in range(1)]

print(genexp_frame(), listcomp_frame())

def genexp_tb():
    return list(1 // v for v in [1, 0])

try:
    genexp_tb()
except ZeroDivisionError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])

def genexp_lazy():
    log = []
    ge = ([log.append(i), i][1] for i in range(3))
    log.append('created')
    first = next(ge)
    return log, first, list(ge)

print(genexp_lazy())

def genexp_leak():
    x = 'kept'
    list(x for x in range(3))
    return x

print(genexp_leak())

def listcomp_in_genexp():
    return list([i + j for j in range(2)] for i in range(3))

print(listcomp_in_genexp())

def genexp_in_listcomp():
    return [list(i * j for j in range(3)) for i in range(3)]

print(genexp_in_listcomp())

def yield_from_comp():
    yield from [i * i for i in range(4)]

print(list(yield_from_comp()))

def gen_close():
    x = 'before'
    try:
        yield [x for x in range(2)]
    finally:
        print('finally x =', x)

g = gen_close()
print(next(g))
g.close()

for src in [
    "[(yield i) for i in range(2)]",
    "def f():\n    return [(yield x) for x in y]\n",
    "def f():\n    return {(yield k): 1 for k in y}\n",
    "def f():\n    return ((yield x) for x in y)\n",
    "def f():\n    return [(yield from x) for x in y]\n",
]:
    try:
        compile(src, "<gen>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e)
