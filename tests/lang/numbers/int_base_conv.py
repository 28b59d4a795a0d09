for v in [0, 1, -1, 255, -255, 2**64, -(2**70) + 1, 123456789]:
    print(bin(v), oct(v), hex(v))
    for base in range(2, 37):
        s = format(v, 'x') if base == 16 else None
    print(int(bin(v), 0), int(oct(v), 0), int(hex(v), 0))
digits = '0123456789abcdefghijklmnopqrstuvwxyz'
def to_base(n, b):
    if n == 0:
        return '0'
    out = ''
    neg = n < 0
    n = abs(n)
    while n:
        out = digits[n % b] + out
        n //= b
    return ('-' if neg else '') + out
for base in range(2, 37):
    v = 3 ** 45 - 17
    s = to_base(v, base)
    print(base, s, int(s, base) == v, int(s.upper(), base) == v)
