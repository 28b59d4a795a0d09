# __init_subclass__ with keyword arguments, __set_name__ ordering and errors.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class CSV(Plugin, name='csv'): pass
class JSON(Plugin): pass
print(sorted(Plugin.registry), CSV.plugin_name, JSON.plugin_name)
print(type(Plugin.__dict__['__init_subclass__']).__name__)

try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(unknown=1): pass
except TypeError as e:
    print('TypeError', e)

# __init_subclass__ is called for the direct parent's chain, not the class itself
class Root:
    def __init_subclass__(cls, **kw):
        print('Root.__init_subclass__', cls.__name__, kw)
        super().__init_subclass__()
class Mid(Root, tag='m'):
    pass
class Leaf(Mid):
    pass

# multiple inheritance chain of __init_subclass__
class A:
    def __init_subclass__(cls, **kw):
        print('A', cls.__name__, kw)
        super().__init_subclass__(**kw)
class B:
    def __init_subclass__(cls, **kw):
        print('B', cls.__name__, kw)
        super().__init_subclass__()
class C(A, B, x=1): pass

# __set_name__
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner):
        return self.name
class Model:
    first = Field()
    second = Field()
    plain = 3
print(Model.first, Model().second)

# __set_name__ runs before __init_subclass__
class Base:
    def __init_subclass__(cls):
        print('init_subclass sees', cls.__dict__['f'].name)
class Derived(Base):
    f = Field()

# errors from __set_name__ propagate (3.12+: with a note)
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('boom ' + name)
try:
    class Holder:
        b = Boom()
except ValueError as e:
    print('ValueError', e, getattr(e, '__notes__', None))

# __set_name__ not called on later assignment
class Later: pass
Later.f = Field()
print(hasattr(Later.__dict__['f'], 'name'))

# type() also calls them
T = type('T', (Root,), {'g': Field()}, )
print(T.g)
