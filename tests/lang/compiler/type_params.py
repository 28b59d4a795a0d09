# PEP 695: generic functions and classes, type aliases
def first[T](items: list[T], default: T = None, *, strict: bool = False) -> T:
    return items[0] if items else default
print(first([1, 2]), first([], 'dflt'), first.__name__, first.__qualname__)
print(first.__defaults__, first.__kwdefaults__)
(T,) = first.__type_params__
print(T, T.__name__, type(T).__name__, first.__annotations__['return'] is T)

def bounded[T: int, U: (str, bytes)](a: T, b: U) -> tuple[T, U]:
    return a, b
t, u = bounded.__type_params__
print(t.__bound__, u.__constraints__, bounded(1, 'x'))

def variadic[*Ts, **P](*args: *Ts) -> None:
    pass
ts, p = variadic.__type_params__
print(ts, p, ts.__name__, p.__name__)

class Stack[T]:
    def __init__(self):
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def param(self):
        return T
s = Stack()
s.push(1); s.push(2)
print(s.pop(), Stack.__type_params__, s.param() is Stack.__type_params__[0], Stack.__qualname__)
print(Stack.push.__qualname__)

class Pair[K, V](dict):
    def keys_type(self):
        return K.__name__, V.__name__
print(Pair().keys_type(), issubclass(Pair, dict))

type IntList = list[int]
print(IntList, IntList.__name__, IntList.__value__, type(IntList).__name__)

type Lazy = Later
class Later:
    pass
print(Lazy.__value__ is Later)

type Mapping[K, V] = dict[K, V]
print(Mapping.__type_params__, Mapping.__name__)

def outer():
    class Inner[X]:
        def get(self):
            return X
    return Inner
I = outer()
print(I.__qualname__, I().get())

def closure_generic():
    base = 10
    def add[N](x: N) -> N:
        return x + base
    return add(5), add.__qualname__
print(closure_generic())

@staticmethod
def decorated[T](x: T) -> T:
    return x
print(type(decorated).__name__)

class Container[T]:
    class Nested:
        def f(self):
            return 'nested ok'
    items: list[T]
print(Container.Nested().f(), Container.__annotations__)
class Base:
    def m(self, x):
        return ('base', x)
class C(Base):
    y = 5
    def m[T](self, x: T) -> T:
        return ('C', super().m(x), T.__name__)
    def n[U](self):
        return [super().m(i) for i in range(2)]
print(C().m(1), C.m.__qualname__, C().n())
class G[T]:
    attr = 1
    def get(self):
        return T, attr if False else self.attr
print(G().get()[1], G.__type_params__)
def outer[A]():
    def inner[B]():
        return A, B
    return inner()
print(outer())
