print(1 in [1, 2], 3 in (1, 2), 'a' in {'a': 1}, 1 in {'a': 1}.values(), ('a', 1) in {'a': 1}.items(), 2 in {1, 2}, 2 in frozenset([2]), 5 in range(10), 'b' in 'abc')
print(1.0 in [1], True in [1], 1 in [True], [] in [[]], () in [()], None in [None], 'x' not in [])
class C:
    def __contains__(self, x): return x == 42
print(42 in C(), 41 in C(), 42 not in C())
class It:
    def __iter__(self): return iter([1, 2, 3])
print(2 in It(), 5 in It())
class Gi:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i * i
print(16 in Gi(), 15 in Gi())
try:
    1 in 5
except TypeError as e:
    print('TypeError', e)
try:
    [] in {1: 2}
except TypeError as e:
    print('TypeError', e)
try:
    [] in {1}
except TypeError as e:
    print('TypeError', e)
print([] in [1, []], {} in [{}], set() in [frozenset()])
class Truthy:
    def __contains__(self, x): return 'yes'
print(1 in Truthy())
big = list(range(10000))
print(9999 in big, -1 in big, 5000 in set(big), 5000 in tuple(big), 10 ** 6 in range(10 ** 7), 10 ** 7 in range(10 ** 7))
