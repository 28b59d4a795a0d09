# Comprehensions: nested scopes, closures and conditions
def f():
    x = 10
    return [[x + i + j for j in range(2)] for i in range(2)]
print(f())

def cond_chain():
    return [i for i in range(30) if i % 2 == 0 if i % 3 == 0 if i > 0]
print(cond_chain())

def dict_comp_order():
    log = []
    def k(v):
        log.append('k%d' % v)
        return v
    def val(v):
        log.append('v%d' % v)
        return v
    d = {k(i): val(i) for i in range(2)}
    return d, log
print(dict_comp_order())

def comp_shadowing():
    i = 'outer i'
    r = [i for i in range(2)]
    return r, i
print(comp_shadowing())

def genexp_late_binding():
    n = 1
    g = (n * v for v in range(3))
    n = 10
    return list(g)
print(genexp_late_binding())

def genexp_first_iter_early():
    lst = [1, 2]
    g = (v for v in lst)
    lst = [9, 9]
    return list(g)
print(genexp_first_iter_early())

class C:
    items = [1, 2, 3]
    total = sum(v for v in items)
    pairs = [(a, b) for a in items for b in 'x']
print(C.total, C.pairs)

def comp_in_default(a=[i * i for i in range(3)]):
    return a
print(comp_in_default())

def set_comp_dupes():
    return sorted({c for c in 'mississippi'})
print(set_comp_dupes())

def nested_genexp():
    return sum(sum(j for j in range(i)) for i in range(5))
print(nested_genexp())

def comp_calls_closure():
    base = 100
    def add(v):
        return base + v
    return [add(v) for v in range(3)]
print(comp_calls_closure())

def comp_with_exception():
    try:
        return [1 / v for v in [1, 0]]
    except ZeroDivisionError as e:
        return 'zde: ' + str(e)
print(comp_with_exception())

def comp_unpack():
    return [a + b for a, b in [(1, 2), (3, 4)]], {k: v for k, *v in ['abc', 'de']}
print(comp_unpack())
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print({(i, j) for i in range(2) for j in range(2) if i != j} == {(0, 1), (1, 0)})
