calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls); calls.clear()
print(v(3) < v(2) < v(1), calls); calls.clear()
print(v(1) == v(1) != v(2) is not None, calls); calls.clear()
print(1 < 2 > 0 < 5 >= 5 <= 5 == 5 != 6)
print('a' < 'b' < 'c', [1, 2] < [1, 3], (1, 2) <= (1, 2))
print(1 in (1, 2) in [(1, 2)], 3 not in [1, 2], 'b' in 'abc')
x = None
print(x is None, x is not None, not x is None)
print(1 < 2 and 2 < 3, 1 < 2 < 3 < 2)
print(0 == 0.0 == 0j == False)
