a = 3 ** 300 + 17
b = 7 ** 150 - 1
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print((-a) // b, (-a) % b)
print(a // (-b), a % (-b))
print(divmod(a, b) == (a // b, a % b))
print(a ** 2 == a * a, (a * b) // b == a, (a * b) % b)
print(pow(a, b, 10**40 + 3))
print(a & b, a | b, a ^ b)
print(a >> 100, a << 10)
print(~a, -a, abs(-a))
x = 1
for i in range(1, 101):
    x = x * i + i
print(x)
print(x % 997, x // 10**150)
t = 0
for i in range(1000):
    t += i ** 5
print(t)
print(sum(range(10**6)) * 10**30)
