print(2 ** 1000)
print(3 ** 500)
print(-(7 ** 300))
f = 1
for i in range(2, 201):
    f *= i
print(f)
print(len(str(f)), str(f).count('0'), f % (10**9 + 7))
a, b = 0, 1
for i in range(500):
    a, b = b, a + b
print(a)
print(10 ** 100 - 1)
print(-(10 ** 100) + 1)
print(int('9' * 1000) + 1 == 10 ** 1000)
print(repr(2**64), str(-2**64), '%d' % 2**70, '%x' % 2**70, '{}'.format(-2**70))
