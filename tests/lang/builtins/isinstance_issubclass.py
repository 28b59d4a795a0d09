# isinstance() and issubclass(), tuples and __instancecheck__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: isinstance(1, int))
t(lambda: isinstance(True, int))
t(lambda: isinstance(1, (str, (float, int))))
t(lambda: isinstance('a', (int, float)))
t(lambda: isinstance(1, 2))
t(lambda: isinstance(1, (int, 2)))
t(lambda: isinstance(1, int | str))
t(lambda: issubclass(bool, int))
t(lambda: issubclass(int, (str, object)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(ValueError, Exception))
t(lambda: isinstance(ValueError(), (KeyError, ValueError)))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta):
    pass
t(lambda: isinstance('magic', Magic))
t(lambda: isinstance('other', Magic))
t(lambda: issubclass(str, Magic))
t(lambda: issubclass(int, Magic))
t(lambda: isinstance(1))
t(lambda: issubclass(int, int, int))
t(lambda: isinstance(type, type))
t(lambda: isinstance(object, type))
t(lambda: issubclass(type, object))
