# Which objects can be weakly referenced (as in CPython).
import _weakref
for base in (int, tuple, str, bytes, list, dict, set, float, object, Exception, type):
    C = type('C', (base,), {})
    try:
        _weakref.ref(C())
        print(base.__name__, 'ok')
    except TypeError as e:
        print(base.__name__, e)
class Slotted:
    __slots__ = ('a',)
class SlottedWeak:
    __slots__ = ('a', '__weakref__')
class SlottedChild(Slotted):
    pass
for o in (set(), frozenset(), print, (lambda: 0), type, _weakref, iter([]), range(3),
          slice(1), property(), staticmethod(len), [].append, 1j, memoryview(b''),
          Exception(), Slotted(), SlottedWeak(), SlottedChild(), zip(), enumerate([]),
          iter('ab'), (x for x in ()), True, None, 1.5, 'str', b'b', [], {}, (), object()):
    try:
        _weakref.ref(o)
        print(type(o).__name__, 'ok')
    except TypeError as e:
        print(type(o).__name__, e)
