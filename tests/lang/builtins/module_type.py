# The module type: creation, repr, attribute errors, __getattr__, __dir__.
import sys
ModuleType = type(sys)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = ModuleType('mymod')
t(lambda: m)
t(lambda: m.__name__)
t(lambda: m.__doc__)
t(lambda: sorted(m.__dict__.items()))
t(lambda: ModuleType('d', 'the doc').__doc__)
t(lambda: ModuleType())
t(lambda: ModuleType(1))
t(lambda: sys)
t(lambda: m.nothing)
m.value = 42
t(lambda: m.value)
del m.value
t(lambda: m.value)
m.__file__ = '/some/path/mymod.py'
t(lambda: m)
m.__getattr__ = lambda name: 'dynamic ' + name
t(lambda: m.anything)
del m.__getattr__
m.__dir__ = lambda: ['b', 'a']
t(lambda: dir(m))
del m.__dir__
t(lambda: dir(ModuleType('q')))
t(lambda: type(m).__name__)
t(lambda: isinstance(sys, ModuleType))
class Sub(ModuleType):
    def hello(self):
        return 'hi from ' + self.__name__
s = Sub('subbed')
t(lambda: s.hello())
t(lambda: s)
nameless = ModuleType('x')
del nameless.__name__
t(lambda: nameless.y)
t(lambda: repr(nameless))
t(lambda: m.__dict__ is vars(m))
t(lambda: setattr(m, '__dict__', {}))
t(lambda: m.__annotations__)
