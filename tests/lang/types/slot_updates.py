# Assigning dunders after class creation updates the C slots (and subclasses).
class A:
    pass
class B(A):
    pass
a, b = A(), B()
try:
    a + 1
except TypeError as e:
    print('TypeError', e)
A.__add__ = lambda self, o: 'A.add'
print(a + 1, b + 1)
B.__add__ = lambda self, o: 'B.add'
print(a + 1, b + 1)
del B.__add__
print(b + 1)
del A.__add__
try:
    b + 1
except TypeError as e:
    print('TypeError', e)

A.__len__ = lambda self: 3
print(len(a), len(b), bool(b))
A.__bool__ = lambda self: False
print(bool(b))
A.__getitem__ = lambda self, i: i * 10 if i < 3 else [][i]
print(b[2], list(b))
A.__iter__ = lambda self: iter('xy')
print(list(b))
A.__repr__ = lambda self: '<an A>'
print(repr(a), repr(b), str(b))
A.__str__ = lambda self: 'str A'
print(str(b), f'{b}')
A.__call__ = lambda self, *a: ('call', a)
print(b(1, 2))
A.__eq__ = lambda self, o: True
print(a == 5, b != 5)
A.__hash__ = lambda self: 99
print(hash(b))
A.__lt__ = lambda self, o: 'lt'
print(b < 1, 1 > b)
A.__contains__ = lambda self, x: x == 'in'
print('in' in b, 'out' in b)
A.__neg__ = lambda self: 'neg'
A.__invert__ = lambda self: 'inv'
print(-b, ~b)
A.__index__ = lambda self: 2
print([0, 1, 2, 3][b], bin(b))
A.__getattr__ = lambda self, n: 'ga:' + n
print(b.zzz)
A.__setattr__ = lambda self, n, v: print('setattr', n, v)
b.q = 1
del A.__setattr__
b.q = 2
print(b.q)

# replacing with a builtin type's slot wrapper
class L:
    pass
L.__len__ = list.__len__
try:
    len(L())
except TypeError as e:
    print('TypeError', e)
class MyList(list):
    pass
MyList.__len__ = lambda self: 42
print(len(MyList([1])), len([1]))
del MyList.__len__
print(len(MyList([1, 2])))

# setting on a static type is refused
try:
    int.__add__ = lambda a, b: 0
except TypeError as e:
    print('TypeError', e)
try:
    list.__len__ = None
except TypeError as e:
    print('TypeError', e)

# metaclass slot update
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
Meta.__call__ = lambda cls, *a: 'meta call'
print(WithMeta())
Meta.__getitem__ = lambda cls, k: ('meta getitem', k)
print(WithMeta['k'])
Meta.__repr__ = lambda cls: '<meta repr>'
print(WithMeta, [WithMeta])
