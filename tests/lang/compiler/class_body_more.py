# Class bodies: metaclasses, __prepare__, __classcell__, __class__
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 'from prepare'}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class Managed(metaclass=OrderedMeta, option=1):
    x = 1
    y = injected
    def method(self):
        return __class__
print(Managed.y, Managed().method() is Managed)

class ClassCellSeen(type):
    def __new__(mcls, name, bases, ns):
        print('has __classcell__:', '__classcell__' in ns)
        return super().__new__(mcls, name, bases, ns)
class Uses(metaclass=ClassCellSeen):
    def m(self):
        return super().__class__
class NoUse(metaclass=ClassCellSeen):
    def m(self):
        return 1
print(Uses().m().__name__)

class Base:
    def greet(self):
        return 'base'
class Child(Base):
    def greet(self):
        inner = lambda: super(Child, self).greet()
        return 'child+' + inner()
    def class_via_cell(self):
        def deep():
            return __class__
        return deep()
print(Child().greet(), Child().class_via_cell().__name__)

def class_in_function(param):
    class Local:
        value = param
        def get(self):
            return param, self.value
    return Local().get()
print(class_in_function('p'))

class Names:
    a = 1
    b = a + 1
    c = [b]
    del a
print(hasattr(Names, 'a'), Names.b, Names.c)

class BodyReturnsValue:
    locals_keys = sorted(k for k in locals().keys())
print(BodyReturnsValue.locals_keys)

class WithNonlocalMutation:
    counter = [0]
    def bump(self):
        self.counter[0] += 1
        return self.counter[0]
w = WithNonlocalMutation()
w.bump(); print(w.bump())

def outer():
    x = 'outer x'
    class A:
        x = 'class x'
        def f(self):
            return x
        y = x
    return A().f(), A.y
print(outer())

class Qual:
    def method(self):
        class InMethod:
            pass
        return InMethod.__qualname__
print(Qual().method())

class Private:
    def __init__(self):
        self.__hidden = 'h'
    def get(self):
        return self.__hidden
    def via_getattr(self):
        return getattr(self, '_Private__hidden')
p = Private()
print(p.get(), p.via_getattr(), '_Private__hidden' in vars(p))

class Sub(Private):
    def try_access(self):
        try:
            return self.__hidden
        except AttributeError as e:
            return type(e).__name__
print(Sub().try_access())
