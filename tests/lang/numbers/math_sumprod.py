import math
print(math.sumprod([0.1] * 10, [1.0] * 10), math.sumprod([1e100, 1.0, -1e100], [1.0, 1.0, 1.0]), math.sumprod([0.1, 0.2, 0.3], [0.3, 0.2, 0.1]))
print(math.sumprod([1, 2], [3.5, 4]), math.sumprod([1, 2**70], [3, 5]), math.sumprod([], []), math.sumprod([1.5], [2]))
print(math.sumprod([1/3] * 7, [3.0] * 7), math.sumprod([1e308, 1e308], [10.0, -10.0]))
print(math.sumprod([1, 2, 3.5, 4], [5, 6, 7, 8]), math.sumprod([2.5, 3], [4, 1e300]), math.sumprod([True, False, True], [0.1, 0.2, 0.3]))
print(math.sumprod([1.5, 2**1100], [2.0, 1.0]) if False else 0, math.sumprod([0.1, 'a'], [2, 3]) if False else 1, math.sumprod([1, 2.5], [3, 4j]))
try:
    math.sumprod([1, 2], [3])
except ValueError as e:
    print(e)
print(math.sumprod([float('inf'), 1.0], [1.0, 2.0]), math.sumprod([0.1] * 100, [0.3] * 100), math.sumprod(iter([1.1, 2.2]), (3.3, 4.4)))
print(math.sumprod([10**20, 0.5], [10**20, 4]), math.sumprod([2**62, 2**62], [2, 2]))
