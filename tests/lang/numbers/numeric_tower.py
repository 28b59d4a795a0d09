print(1 == 1.0 == (1 + 0j), 2**53 == float(2**53), 2**53 + 1 == float(2**53 + 1))
print(0 == -0.0 == 0j, True == 1 == 1.0, False == 0j)
print(type(1 + 1.0).__name__, type(1 + 1j).__name__, type(1.0 + 1j).__name__, type(True + True).__name__, type(True + 1.0).__name__)
print(type(2 ** -1).__name__, type(4 ** 0.5).__name__, type((-4) ** 0.5).__name__, type(7 // 2.0).__name__, type(7 / 7).__name__)
s = {1, 1.0, True, 1 + 0j}
print(len(s))
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[1 + 0j] = 'complex'
d[True] = 'bool'
print(d)
print({0: 'a'}[-0.0], {0.5: 'x'}[0.5 + 0j], {2**64: 1}[float(2**64)])
print(sorted([3, 2.5, True, -1, 10**20, 1e19, -0.5]))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, float), isinstance(1, float), isinstance(1j, complex))
print(int.__mro__ if False else [c.__name__ for c in bool.__mro__], [c.__name__ for c in float.__mro__])
print(1 < 1.5 < 2 < 2.5 < 10**20 < 1e21, -10**400 < -1e308, 10**400 > 1e308, float('inf') > 10**400)
print(sum([1, 2.5, 3j]), sum([0.1] * 10), sum(range(100)), max(1, 2.0, True), min(-1, -1.0), abs(-2**70))
print(divmod(7, 2), divmod(-7, 2.0), divmod(7.5, -2), pow(2, 0.5), round(7 / 2), 7 // 2 * 2 + 7 % 2)
print(1 != 1.0, (1).__eq__(1.0), (1.0).__eq__(1), (1j).__eq__(1))
