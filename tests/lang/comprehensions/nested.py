# Nested comprehensions: names of outer ones are plain locals of the
# enclosing code, inner ones save and restore their own.

def matrix(n):
    return [[i * n + j for j in range(n)] for i in range(n)]

def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]

m = matrix(3)
print(m, transpose(m))

def flatten(m):
    return [v for row in m for v in row]

print(flatten(m))

def triple():
    return [[[(a, b, c) for c in range(a + b)] for b in range(2)] for a in range(2)]

print(triple())

def in_first_iter():
    return [x * 2 for x in [y + 1 for y in range(3)]]

print(in_first_iter())

def in_later_iter():
    return [y for x in range(3) for y in [z * x for z in range(x)]]

print(in_later_iter())

def in_condition():
    return [x for x in range(6) if x in [y * 2 for y in range(3)]]

print(in_condition())

def mixed_kinds():
    return {k: {v for v in range(k)} for k in range(3)}, [{i: [i] * i} for i in range(3)]

print(mixed_kinds())

def dependent():
    return [(a, b) for a in range(4) if a % 2 for b in range(a) if b > a - 3]

print(dependent())

def deep(n):
    r = [0]
    for _ in range(n):
        r = [[v for v in r] for _ in range(1)]
    return r

print(deep(5))

def outer_names_visible():
    k = 10
    return [[k + i + j for j in range(2)] for i in range(2)]

print(outer_names_visible())

def same_names_everywhere():
    i = 'i'
    return [[[i for i in range(2)] for i in range(2)] for i in range(2)], i

print(same_names_everywhere())

def many_targets():
    return [(a, b, c, d) for (a, b), (c, d) in [((1, 2), (3, 4)), ((5, 6), (7, 8))]]

print(many_targets())

# a large literal nesting still compiles
src = "[" * 1 + " for ".join(["x%d" % 0] + ["x%d in range(2)" % i for i in range(12)]) + "]"
print(len(eval(src)))

code = "r = " + "[" * 20 + "1" + " for _ in range(1)]" * 20
ns = {}
exec(code, ns)
print(ns['r'])
