if (n := 10) > 5: print('big', n)
while (m := n - 1) > 7: n = m
print(n, m)
print([y := 5, y ** 2])
data = [1, 2, 3, 4]
print([z for x in data if (z := x * x) > 4], z)
def f(x): return x * 2
print(f(v := 3), v)
print((w := 1) + w)
print({(k := 'a'): k})
d = {'a': 1}
if (val := d.get('a')) is not None: print('got', val)
print([i for i in range(3) if (j := i) >= 0], j)
def g():
    return [(q := x) for x in range(3)], q
print(g())
print((a := 1, b := 2), a, b)
s = 'abc'
print(s[(i := 1)], i)
print(f'{(t := 7)}', t)
x = (y := (z := 3) + 1) + 1; print(x, y, z)
