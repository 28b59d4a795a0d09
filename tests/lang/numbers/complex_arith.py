vals = [0j, 1 + 0j, 1j, 1 + 2j, -3 - 4j, 0.5 - 1.5j, 1e300 + 1e300j, complex(1e-300, 1e-300)]
for a in vals:
    for b in vals:
        out = [a + b, a - b, a * b]
        try:
            out.append(a / b)
        except ZeroDivisionError as e:
            out.append(str(e))
        print(a, b, out)
print((1 + 2j) + 1, 1 + (1 + 2j), (1 + 2j) * 2.0, 2 / (1 + 1j), (1 + 1j) / 2, True + 1j, 2**70 * 1j)
print(-(1 + 2j), +(1 - 2j), (1 + 2j) == 1 + 2j, (1 + 0j) == 1, (1 + 0j) == 1.0, 1j == 1, (2 + 0j) != 2)
for op in ['<', '//', '%', 'divmod']:
    try:
        if op == '<':
            print(1j < 2j)
        elif op == '//':
            print(1j // 2)
        elif op == '%':
            print(1j % 2)
        else:
            print(divmod(1j, 2))
    except TypeError as e:
        print(op, e)
try:
    print(1j / 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(1j / 0j)
except ZeroDivisionError as e:
    print(e)
try:
    print(abs(complex(1e308, 1e308)))
except OverflowError as e:
    print(e)
print(bool(0j), bool(1j), bool(complex(0, -0.0)), hash(1 + 0j) == hash(1), complex(2**53 + 1) == 2**53 + 1)
