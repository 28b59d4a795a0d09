print([1, 2, 3], [], [[]], (1,), (), {1, 2, 3}, set(), {1: 2, 3: 4}, {})
print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0])
print({x: x * x for x in range(4)}, {x % 3 for x in range(10)})
print([(a, b) for a in range(3) for b in range(a)])
print([[j for j in range(i)] for i in range(4)])
print(list(x for x in "abc"))
a = {"x": 1}
b = {"y": 2, "x": 3}
print({**a, **b}, {**b, **a}, {"z": 0, **a}, {**a, "x": 9})
print([*a, *b], (*"ab",), {*"aab"})
print({1: "a", 1.0: "b", True: "c"})
print({(1, 2): "tuple key"})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
x = 10
print([x for x in range(3)], x)
print([y for y in range(3)])
try:
    y
except NameError as e:
    print("NameError", e)
def outer():
    n = 5
    return [n * i for i in range(3)]
print(outer())
class C:
    v = 3
    r = [i for i in range(v)]
print(C.r)
print(sorted({k: v for k, v in zip("abc", range(3))}.items()))
nested = {"l": [1, {"d": (2, 3)}]}
print(nested, nested["l"][1]["d"][0])
print([i for i in range(3) if i if i > 1])
print({i: [j for j in range(i)] for i in range(3)})
gen = (i * i for i in range(4))
print(sum(gen), sum(gen))
print(dict(a=1, b=2), list(range(3)), tuple("ab"), set([1, 1]))
print(len([0] * 1000), [None] * 2)
