# Hashing rules: __hash__ inheritance, __eq__ without __hash__, None, errors.
class Plain: pass
p = Plain()
print(hash(p) == hash(p), isinstance(hash(p), int))
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError', e)
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError', e)
class EqHash:
    def __eq__(self, o): return isinstance(o, EqHash)
    def __hash__(self): return 42
print(hash(EqHash()), len({EqHash(), EqHash()}))
class InheritsHash(EqHash):
    pass
print(hash(InheritsHash()))
class OverridesEq(EqHash):
    def __eq__(self, o): return False
try:
    hash(OverridesEq())
except TypeError as e:
    print('TypeError', e)
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print('TypeError', e)
print(isinstance(ExplicitNone(), object))

class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError', e)
class FloatHash:
    def __hash__(self): return 1.5
try:
    hash(FloatHash())
except TypeError as e:
    print('TypeError', e)
class BoolHash:
    def __hash__(self): return True
print(hash(BoolHash()))

for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print('TypeError', e)
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0) == hash(True))
print(list.__hash__, dict.__hash__, type(object.__hash__).__name__)
print(hash(frozenset([1])) == hash(frozenset([1])))

# hash via the class dict lookup at call time
class Dyn:
    pass
d = Dyn()
h1 = hash(d)
Dyn.__hash__ = lambda self: 7
print(hash(d), hash(d) != h1)
del Dyn.__hash__
print(hash(d) == h1)

# dict keys use __eq__ for collisions
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return 1
    def __eq__(self, o): return self.k == o.k
    def __repr__(self): return 'Key(%r)' % self.k
dd = {Key(1): 'a', Key(2): 'b'}
dd[Key(1)] = 'c'
print(len(dd), dd[Key(1)], dd[Key(2)])

# int subclasses hash like ints
class MyInt(int): pass
print(hash(MyInt(5)) == hash(5), {MyInt(5): 1}[5])
class MyStr(str): pass
print(hash(MyStr('a')) == hash('a'), {'a': 1}[MyStr('a')])
