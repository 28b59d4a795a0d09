print(True, False, repr(True), str(False), type(True).__name__, isinstance(True, int), issubclass(bool, int))
print(True + True, True - False, True * 10, True / 2, True // 2, True % 2, -True, +True, abs(False))
print(True & True, True & False, True | False, False | False, True ^ True, True ^ False, type(True & False).__name__)
print(True & 3, 2 | True, True ^ 3, type(True & 3).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(''), bool('a'), bool([]), bool([0]), bool(None), bool(0j), bool(2**70))
print(True == 1, False == 0, True == 1.0, True is True, hash(True), hash(False), True < 2, False < True)
print(int(True), float(True), complex(True), str(True), format(True, 'd'), format(False, '>6'), '%d' % True)
print(sum([True, True, False]), max(True, False), [10, 20][True], True << 2)
try:
    bool(x=1)
except TypeError as e:
    print(e)
try:
    class X(bool):
        pass
except TypeError as e:
    print(e)
print(True.real, True.imag, True.conjugate(), (True).bit_length())
