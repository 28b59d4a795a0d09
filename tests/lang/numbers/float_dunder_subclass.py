import math
class I(int):
    def __float__(self):
        return 2.5
class F(float):
    def __float__(self):
        return 9.5
print(float(I(1)), float(F(1.0)), math.sqrt(I(4)), math.sqrt(F(4.0)), complex(I(1)), complex(F(2.0)), I(1) + 0.5, F(1.0) + 1, round(F(1.25), 1))
print(float(True), float(7), math.floor(F(2.5)), int(F(3.7)), '%f' % I(3), format(I(3), '.1f'))
class J(int):
    def __index__(self):
        return 99
class G:
    def __float__(self):
        return F(4.0)
print(float(J(3)), operator_index if False else 0, float(G()), type(float(G())).__name__)
class K(float):
    def __repr__(self):
        return 'K!'
k = K(1.5)
print(repr(k), str(k), format(k), format(k, '.2f'), k + 0, -k, abs(K(-2.0)), type(-k).__name__, float(k), type(float(k)).__name__)
