# The reflected-operand protocol: NotImplemented, subclass priority.
class A:
    def __add__(self, o):
        print('A.__add__'); return NotImplemented
    def __radd__(self, o):
        print('A.__radd__'); return 'A.radd'
class B:
    def __add__(self, o):
        print('B.__add__'); return NotImplemented
    def __radd__(self, o):
        print('B.__radd__'); return 'B.radd'
print(A() + B())
print(B() + A())

class Base:
    def __add__(self, o):
        return 'Base.add'
    def __radd__(self, o):
        return 'Base.radd'
class Sub(Base):
    def __radd__(self, o):
        return 'Sub.radd'
class Sub2(Base):
    pass
print(Base() + Sub())    # subclass overriding __radd__ goes first
print(Base() + Sub2())   # not overridden: left operand first
print(Sub() + Base())

class MyInt(int):
    def __radd__(self, o):
        return 'MyInt.radd'
    def __rsub__(self, o):
        return 'MyInt.rsub'
print(1 + MyInt(2), 1 - MyInt(2), MyInt(2) + 1, type(MyInt(2) - 1).__name__)

class Neither:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    Neither() + Neither()
except TypeError as e:
    print('TypeError', e)
try:
    Neither() + 1
except TypeError as e:
    print('TypeError', e)

# reflected with same type: __radd__ is not tried
class Same:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return 'never'
try:
    Same() + Same()
except TypeError as e:
    print('TypeError', e)

# __rmul__ for sequence repetition with a custom int-like
class Idx:
    def __index__(self): return 3
print('ab' * Idx(), [0] * Idx(), Idx() * 'x' if hasattr(Idx, '__mul__') else 'no mul')
try:
    print(Idx() * 'x')
except TypeError as e:
    print('TypeError', e)

# comparisons with reflection
class L:
    def __lt__(self, o):
        print('L.__lt__'); return NotImplemented
class G:
    def __gt__(self, o):
        print('G.__gt__'); return True
print(L() < G())
class SubG(G):
    def __gt__(self, o):
        print('SubG.__gt__'); return 'subg'
    def __lt__(self, o):
        print('SubG.__lt__'); return 'sublt'
print(G() < SubG())

# float/int mixing stays with builtins
print(1 + 2.5, 2.5 + 1, True + 1, 1 + True, 3 * True)
