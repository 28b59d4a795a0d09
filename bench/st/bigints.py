# bigints: arbitrary-precision arithmetic (pi digits spigot, factorials, powers).
def pidigits(n):
    digits = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, digits))


def fact(n):
    p = 1
    for i in range(2, n + 1):
        p *= i
    return p


d = pidigits(4000)
print(d[:20], d[-20:])
f = fact(8000)
print(f.bit_length(), f % (10 ** 9 + 7))
print(pow(3, 10000, 10 ** 40))
