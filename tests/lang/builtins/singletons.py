# None, NotImplemented, Ellipsis and their types.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (type(None).__name__, type(NotImplemented).__name__, type(...).__name__))
t(lambda: type(None)())
t(lambda: type(None)(1))
t(lambda: type(NotImplemented)() is NotImplemented)
t(lambda: type(NotImplemented)(1))
t(lambda: type(...)() is Ellipsis)
t(lambda: type(...)(1))
t(lambda: (repr(None), str(None), repr(NotImplemented), repr(...), str(Ellipsis)))
t(lambda: (bool(None), bool(...)))
t(lambda: None == None and not (None != None))
t(lambda: None < None)
t(lambda: hash(None) == hash(None))
t(lambda: (NotImplemented.__reduce__(), Ellipsis.__reduce__()))
t(lambda: None.__class__ is type(None))
t(lambda: [1, 2, 3][...] if False else ... is Ellipsis)
class A:
    def __eq__(self, o):
        return NotImplemented
t(lambda: A() == A())
t(lambda: A() == 1)
t(lambda: None.foo)
t(lambda: setattr(None, 'x', 1))
t(lambda: isinstance(None, object))
t(lambda: issubclass(type(None), object))
def f():
    pass
t(lambda: f() is None)
t(lambda: {None: 1, ...: 2, NotImplemented: 3}[...])
