# Comprehensions inside lambdas and lambdas inside comprehensions.

squares = lambda n: [i * i for i in range(n)]
print(squares(5))

pairs = lambda xs: {x: [y for y in xs if y != x] for x in xs}
print(pairs([1, 2, 3]))

adders = [lambda v, k=k: v + k for k in range(3)]
print([f(10) for f in adders])

compose = lambda fs: lambda x: [f(x) for f in fs]
print(compose([abs, str, lambda v: v * 2])(-3))

def make():
    scale = 3
    return lambda xs: [x * scale for x in xs]
print(make()([1, 2]))

nested = lambda: [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[f() for f in row] for row in nested()])

rec = lambda n: [] if n == 0 else [n] + [x for x in rec(n - 1)]
print(rec(4))

shadow = lambda x: ([x for x in range(x)], x)
print(shadow(3))

default_comp = lambda xs=[i for i in range(3)]: xs
print(default_comp())

print((lambda: [locals() for q in range(1)])())
print((lambda a: [sorted(locals()) for q in range(1)])(1))

try:
    (lambda: [1 / 0 for _ in range(1)])()
except ZeroDivisionError as e:
    import traceback
    print([f.name for f in traceback.extract_tb(e.__traceback__)])

def in_sorted_key():
    data = ['bb', 'a', 'ccc']
    return sorted(data, key=lambda s: [ord(c) for c in s])
print(in_sorted_key())
