nums = [0, 1, 7, -7, 13, -13, 100, -100, 2**62, -2**62, 2**65 + 3, -(2**65 + 3), 10**20 + 7]
dens = [1, -1, 2, -2, 3, -3, 7, -7, 2**40, -2**40, 10**19 + 1, -(10**19 + 1)]
for a in nums:
    for b in dens:
        q, r = a // b, a % b
        assert q * b + r == a
        print(a, b, q, r, divmod(a, b) == (q, r))
print((-2**62) // -1, type((-2**62) // -1).__name__)
for a, b in [(1, 0), (0, 0), (10**30, 0)]:
    for op in ['//', '%', 'divmod']:
        try:
            if op == '//':
                a // b
            elif op == '%':
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
