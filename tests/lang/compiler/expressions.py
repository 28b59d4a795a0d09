# Expressions: chained comparisons, boolean short-circuit, conditional, lambda, slices
def trace(name, value):
    print('eval', name)
    return value

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(trace('a', 1) < trace('b', 2) < trace('c', 0) < trace('d', 5))
print(1 == 1.0 != 2, 'a' in 'abc' not in 'xyz', None is None is not 1)
x = 5
print(0 <= x < 10, 10 <= x)
print(trace('l', 0) and trace('r', 1))
print(trace('l', 1) and trace('r', 2))
print(trace('l', 0) or trace('r', 3))
print(trace('l', 4) or trace('r', 5))
print(1 and 2 and 3, 0 or '' or None, 1 and 0 or 'x')
print(not 1, not 0, not [], not [0])
print('yes' if x > 3 else 'no', 'yes' if x > 30 else 'no')
print(trace('t', True) if trace('c', False) else trace('f', 'F'))
sq = lambda v: v * v
print(sq(7), (lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda: 'noargs')())
s = 'abcdefgh'
print(s[1:3], s[:2], s[5:], s[::2], s[::-1], s[-3:-1], s[1:7:3])
lst = list(range(10))
print(lst[2:8:2], lst[slice(1, 3)], lst[-1])
lst[::3] = ['a', 'b', 'c', 'd']
print(lst)
del lst[1::2]
print(lst)
print(2 ** 10, 2 ** -1, -2 ** 2, (-2) ** 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 / 2)
print(1 << 4, 256 >> 2, 6 & 3, 6 | 3, 6 ^ 3, ~5, +3, -(-3))
print(10 - 2 - 3, 2 * 3 + 4, 2 * (3 + 4), 100 / 10 / 2)
class M:
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
print(M() @ 1, 1 @ M())
v = 10
v += 1; v -= 2; v *= 3; v //= 2; v %= 7; v **= 2; v <<= 1; v >>= 1; v |= 8; v &= 12; v ^= 5
print(v)
fl = 1.5
fl /= 2
print(fl)
l2 = [1]
l3 = l2
l2 += [2]
print(l3, l2 is l3)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
print((y := 10) + y, y)
print([1, 2, 3][1], {'a': 1}['a'], (1, 2)[-1], 'str'[0])
print(1 if True else 2 if False else 3)
print(type(...).__name__, ... is Ellipsis)
print(0.1 + 0.2, 1e3, 1_000_000, 0x1F, 0o17, 0b101, 3j * 2j)
print(-0.0, 0.0 == -0.0, 1 == 1.0, True + True)
big = 123456789012345678901234567890
print(big * big, -big, big // 7)
print(isinstance(True, int), 1 is 1, 'a' + 'b' * 3)
print(divmod(17, 5), abs(-3), round(2.675, 2))
def kw(a, b=2, *, c=3): return a, b, c
print(kw(1), kw(1, c=5), kw(b=0, a=9))
print([1, 2] == [1, 2], (1, 2) < (1, 3), 'abc' < 'abd', [1] * 3)
print({1, 2} | {3}, {1, 2} & {2}, {1, 2} - {1}, {1} ^ {2})
print(len({}), len({1: 2}), {**{}}, dict(), set(), frozenset())
print(str(1) + repr('x') + ascii('é'))
nums = [3, 1, 2]
print(sorted(nums, key=lambda n: -n), max(nums), min(nums), sum(nums))
print(any(n > 2 for n in nums), all(n > 0 for n in nums))
print('%s-%d' % ('a', 5), '{}+{}'.format(1, 2), 'x'.join(['a', 'b']))
