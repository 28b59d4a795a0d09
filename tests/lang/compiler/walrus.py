# Assignment expressions
if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4]
if (m := len(data)) > 3:
    print('long list', m)
print([y for x in data if (y := x * 2) > 4])
print(y)
def f():
    print([(z := i) for i in range(3)], z)
    return z
print(f())
def g():
    total = 0
    partial = [total := total + i for i in range(5)]
    return partial, total
print(g())
def nested():
    [[(w := j) for j in range(i)] for i in range(4)]
    return w
print(nested())
print((a := 1, b := 2), a, b)
def in_lambda():
    f = lambda: (q := 5) + q
    return f()
print(in_lambda())
def walrus_in_while():
    it = iter([1, 2, 0, 3])
    out = []
    while (v := next(it)):
        out.append(v)
    return out
print(walrus_in_while())
def walrus_closure():
    [(c := k) for k in 'ab']
    def inner():
        return c
    return inner()
print(walrus_closure())
x = [1, 2]
print(any((hit := v) > 1 for v in x), hit)
print(f'{(fw := 3)} {fw}')
def walrus_global_comp():
    global gwal
    [gwal := i for i in range(3)]
walrus_global_comp()
print(gwal)
