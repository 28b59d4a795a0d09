for v in [0, 1, -1, 7, -8, 255, 256, 2**62, -2**62, 2**100 - 1, -(2**100)]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.is_integer(), v.conjugate(),
          v.numerator, v.denominator, v.real, v.imag)
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(), (5).__index__())
print(int.__abs__(-3), int.__neg__(4), (7).__add__(1), (7).__radd__(1), (7).__sub__(10), (7).__rsub__(10))
print((7).__mul__(2.0), (7).__truediv__(2), (7).__floordiv__(2), (7).__mod__(-2), (7).__divmod__(2), (2).__pow__(10))
print((7).__lt__(8), (7).__eq__(7.0), (7).__hash__() == hash(7), (3).__bool__(), (0).__bool__())
print(True.bit_length(), True.numerator, False.denominator, True.as_integer_ratio())
print((10).__format__('x'), (3).__float__(), (3).__int__(), (-3).__invert__())
print(int.from_bytes(b'\x01\x00', 'big'), (256).to_bytes(2, 'big'))
