# A metaclass overriding mro().
class M(type):
    def mro(cls):
        print('custom mro for', cls.__name__)
        return [cls, Extra, object] if cls.__name__ == 'A' else super().mro()
class Extra:
    def hi(self): return 'hi from Extra'
class A(metaclass=M):
    pass
print(A.__mro__, A().hi())
class B(A): pass
print(B.__mro__)
class Bad(type):
    def mro(cls): return [cls, 1]
try:
    class C(metaclass=Bad): pass
except TypeError as e:
    print('TypeError', e)
