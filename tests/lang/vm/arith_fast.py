import sys
big = sys.maxsize
print(big + 1, -big - 2, big * 2, big * big)
print((1 << 62) - 1 + 1, (1 << 62) + (1 << 62), -(1 << 62) - (1 << 62) - 1)
print(4611686018427387903 + 1, -4611686018427387904 - 1)
print(4611686018427387903 * 2, 3037000499 * 3037000499, 3037000500 * 3037000500)
print(-(-4611686018427387904), abs(-4611686018427387904), ~4611686018427387903)
for a in (7, -7, 0, 1, -1):
    for b in (3, -3, 1, -1):
        print(a, b, a // b, a % b, divmod(a, b), a / b, a ** 2, a & b, a | b, a ^ b)
print(1 << 61, 1 << 62, 1 << 63, 1 << 100, -1 << 70, 5 >> 1, -5 >> 1, 5 >> 100, -5 >> 100)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(1.5 + 2, 2 + 1.5, 1.5 * 2, 3 - 0.5, 1 / 2, 2.0 / 4, 7.5 // 2, 7.5 % 2, 2 ** 0.5)
print(0.1 + 0.2, 1e308 * 10, -1e308 * 10, 9007199254740993 + 0.0, 9007199254740993 / 1)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(True + True, True * 3, False - 1, 5 + True)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 2; x >>= 1; x |= 1; x &= 7; x ^= 2
print(x)
s = "ab"
s += "cd"
s *= 2
print(s, "x" * 3, 3 * "y", [1] * 3, (2,) * 2)
l = [1]
l2 = l
l += [2]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
print(-0.0, +0.0, -(0), 2 ** 100, 2 ** -1, (-2) ** 3, pow(2, 10, 1000))
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) // 3)
i = 0
total = 0
while i < 100000:
    total += i * i % 7
    i += 1
print(total)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 1 is 1, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2))
print(float("nan") == float("nan"), float("nan") != float("nan"), 1 < 1.5, 2 ** 63 > 1.0)
try:
    1 < "a"
except TypeError as e:
    print("TypeError", e)
try:
    [] + ()
except TypeError as e:
    print("TypeError", e)
try:
    -"a"
except TypeError as e:
    print("TypeError", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)
print(not 0, not 1, not [], not [0], -True, ~True, +True)
