bad = [('', 10), (' ', 10), ('x', 10), ('1__2', 10), ('_12', 10), ('12_', 10), ('0x', 16), ('0x_', 0),
       ('010', 0), ('08', 0), ('1 2', 10), ('++1', 10), ('-', 10), ('2', 2), ('9', 8), ('g', 16), ('0b2', 0),
       ('1.5', 10), ('1e5', 10), ('0x1g', 0), ('12', 37), ('12', 1), ('12', -1), ('abc' * 100, 10), ('0o8', 0)]
for s, b in bad:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(1.5, 10), (5, 2), ([],), (None,), ('1', 1.5), ('1', '2')]:
    try:
        print(int(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    int(b'xy')
except ValueError as e:
    print(e)
try:
    int(base=10)
except TypeError as e:
    print(e)
