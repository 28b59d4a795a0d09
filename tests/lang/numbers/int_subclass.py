class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
a = MyInt(5)
print(a, repr(a), str(int(a)), a + 1, type(a + 1).__name__, type(-a).__name__, type(+a).__name__, type(abs(a)).__name__)
print(a == 5, hash(a) == hash(5), isinstance(a, int), a.bit_length(), type(a.real).__name__, a * 2**70)
b = MyInt('ff', 16)
print(int(b), b // 2, b % 7, b ** 2, b << 1, b & 0xf, float(b), format(b, '#x'))
big = MyInt(2**100)
print(int(big), big - 1, type(big).__name__, big > 2**99)
class Named(int):
    pass
n = Named(-3)
print(n, repr(n), n.__class__.__name__, abs(n), n.conjugate(), type(n.conjugate()).__name__, round(n, -1))
print(int(n), type(int(n)).__name__, Named(True), Named(2.9), Named(), Named('10', 2))
print(int.from_bytes(b'\x05', 'big') + Named(1), type(Named.from_bytes(b'\x05', 'big')).__name__)
class MyFloat(float):
    pass
f = MyFloat(2.5)
print(f, repr(f), f + 1, type(f + 1).__name__, type(f).__name__, f.is_integer(), MyFloat('1e3'), float(f))
class MyComplex(complex):
    pass
c = MyComplex(1, 2)
print(c, c * 2, type(c).__name__, type(c * 2).__name__, c.real, c.conjugate())
