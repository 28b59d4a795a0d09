# Comprehension scopes
x = 'outer'
print([x for x in range(3)], x)
print({k: v for k, v in zip('abc', range(3))})
print({i % 3 for i in range(10)} == {0, 1, 2})
g = (i * i for i in range(5))
print(type(g).__name__, list(g), list(g))

print([(i, j) for i in range(3) for j in range(i)])
print([i for i in range(20) if i % 2 if i % 3])
print([[j for j in range(i)] for i in range(4)])

def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

def first_iter_eval():
    log = []
    def it():
        log.append('iter')
        return [1, 2]
    gen = (a for a in it())
    log.append('created')
    list(gen)
    return log
print(first_iter_eval())

def walrus():
    total = 0
    vals = [total := total + v for v in range(5)]
    return total, vals
print(walrus())

def walrus_last():
    [last := v for v in 'xyz']
    return last
print(walrus_last())

print([last2 := v for v in 'ab'], last2)

def any_found():
    if any((hit := n) > 3 for n in [1, 5, 2]):
        return hit
print(any_found())

def closure_in_comp():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(closure_in_comp())

def comp_with_cell():
    a = 5
    return [(lambda: a + b)() for b in range(2)]
print(comp_with_cell())

class K:
    n = 4
    sq = [i * i for i in range(n)]
print(K.sq)

print(sum(i for i in range(101)))
print(sorted({c.upper() for c in 'hello'}))
print({n: [m for m in range(n)] for n in range(3)})
print(list(zip(*[(1, 'a'), (2, 'b')])))
nested = [[1, 2], [3], []]
print([v for sub in nested for v in sub])
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)

def gen_in_func(n):
    return list(x * 2 for x in range(n) if x != 1)
print(gen_in_func(4))
print(dict((k, k) for k in 'ab'))
