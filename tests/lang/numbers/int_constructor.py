class A:
    def __int__(self):
        return 42
class B:
    def __index__(self):
        return 7
class C:
    def __trunc__(self):
        return 9
class D:
    def __int__(self):
        return 'x'
class E:
    def __index__(self):
        return 1.5
print(int(), int(0), int(3.9), int(-3.9), int(1e20), int(True), int(A()), int(B()), int(C()))
print(int('  5 '), int(2**100), int(-0.0), int(5e-324), int(1.7976931348623157e308) % 1000)
for x in [D(), E(), float('inf'), float('-inf'), float('nan'), [], 'x', None, 1j]:
    try:
        print(int(x))
    except Exception as e:
        print(type(e).__name__, e)
import operator
print(operator.index(5), operator.index(B()), operator.index(True))
for x in [1.5, 'x', A()]:
    try:
        operator.index(x)
    except TypeError as e:
        print(e)
print([1, 2, 3][True], 'abcdefgh'[B()], type(int('7')).__name__, int.__new__(int, 5))
