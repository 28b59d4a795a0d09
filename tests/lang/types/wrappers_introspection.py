# Slot wrappers, method-wrappers, member/getset descriptors introspected.
print(int.__add__, int.__radd__, list.__len__, object.__init__, type.__call__)
print(str.__getitem__, dict.__setitem__, dict.__delitem__, list.__contains__, object.__eq__)
print(object.__hash__, object.__repr__, object.__str__, object.__setattr__, object.__getattribute__)
print(list.__hash__, list.__iadd__, int.__bool__, int.__neg__, float.__truediv__, float.__rtruediv__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(int.__dict__['real']).__name__)
print(int.__add__.__qualname__, list.__len__.__objclass__, (5).__add__.__self__, (5).__add__.__name__)
print(int.__add__(2, 3), (2).__add__(3), (2).__add__(3.5), (2).__radd__(3), (2).__sub__(5), (2).__rsub__(5))
print(list.__len__([1, 2]), [1, 2].__len__(), 'abc'.__getitem__(1), {1: 2}.__getitem__(1))
print((1).__eq__(1), (1).__eq__('a'), (1).__lt__(2), 'a'.__lt__(1), object().__ne__(None))
print((3).__pow__(2), (3).__pow__(2, 5), (2).__rpow__(3), (1.5).__divmod__(1))
print([].__iter__().__next__ if False else 'x', iter([1]).__next__())
it = iter([])
try:
    it.__next__()
except StopIteration:
    print('StopIteration')
s = set()
print(s.__contains__(1), s.__len__(), (1).__bool__(), (0).__bool__(), (1).__hash__() == 1)
d = {}
d.__setitem__('k', 'v')
print(d, d.__contains__('k'))
d.__delitem__('k')
print(d)
x = [3, 1]
print(x.__iadd__([5]) is x, x)
o = object()
print(o.__eq__(o), o.__eq__(1), o.__ne__(o), o.__ne__(1), o.__lt__(o))
print(o.__repr__() == repr(o), o.__str__() == str(o), o.__format__('') == str(o), o.__hash__() == hash(o))
print(type(o).__init__ is object.__init__, o.__init__() is None)
# descriptors and equality of method-wrappers
print((1).__add__ == (1).__add__, (1).__add__ == (2).__add__, int.__add__ is int.__add__)
for f in (lambda: int.__add__(1), lambda: (1).__add__(1, 2), lambda: int.__add__('a', 1),
          lambda: int.__add__(), lambda: list.__len__(()), lambda: (1).__add__(x=1),
          lambda: object.__setattr__(1, 'x', 1), lambda: int.__dict__['real'].__set__(1, 2),
          lambda: type.__dict__['__name__'].__get__(1)):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(int.__dict__['real'].__get__(5), int.__dict__['__add__'].__get__(5, int)(1))
print(type.__dict__['__name__'], type.__dict__['__name__'].__get__(int))
class C:
    __slots__ = ('a',)
print(C.a, C.a.__name__, C.a.__objclass__.__name__, type(C.a).__name__)
c = C()
C.a.__set__(c, 5)
print(C.a.__get__(c, C), c.a)
C.a.__delete__(c)
print(hasattr(c, 'a'))
print(C.__init__, C.__new__ is object.__new__, C.__repr__)
