# __class__ assignment between compatible heap types.
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B))
class S1:
    __slots__ = ('p',)
class S2:
    __slots__ = ('p',)
class S3:
    __slots__ = ('q',)
s = S1()
s.p = 5
s.__class__ = S2
print(type(s).__name__, s.p)
def err(f):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
err(lambda: setattr(s, '__class__', S3))
err(lambda: setattr(s, '__class__', A))
err(lambda: setattr(a, '__class__', int))
err(lambda: setattr(1, '__class__', bool))
err(lambda: setattr(a, '__class__', 5))
err(lambda: delattr(a, '__class__'))
err(lambda: setattr([], '__class__', tuple))
class L1(list): pass
class L2(list): pass
l = L1([1])
l.__class__ = L2
print(type(l).__name__, l)
err(lambda: setattr(l, '__class__', list))
class Sub(A): pass
a2 = A()
a2.__class__ = Sub
print(type(a2).__name__, a2.who())
class WithDict(A):
    pass
class NoDict:
    __slots__ = ()
err(lambda: setattr(NoDict(), '__class__', A))
import sys
ModuleType = type(sys)
m = ModuleType('m')
class MyMod(ModuleType):
    def hello(self): return 'hi from ' + self.__name__
m.__class__ = MyMod
print(m.hello(), type(m).__name__)
