# PEP 695 objects are typing's: TypeVar identity, implicit Generic base,
# subscripting generic classes and aliases, bounds/constraints/defaults.
import typing
from typing import TypeVar, Generic, get_args, get_origin


class Stack[T]:
    def __init__(self):
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), type(s).__name__, Stack[int], Stack.__type_params__)
print(Stack.__mro__)
print(Stack.__orig_bases__, Stack.__parameters__)
T, = Stack.__type_params__
print(isinstance(T, TypeVar), T.__name__, T.__module__, T.__infer_variance__, T.__bound__)


class Pair[K: str, V = int](dict):
    pass


K, V = Pair.__type_params__
print(K.__bound__, V.__default__ if hasattr(V, "__default__") else "-", Pair.__mro__)
print(Pair[str, float], get_origin(Pair[str, float]), get_args(Pair[str, float]))


class Num[N: (int, float)]:
    pass


print(Num.__type_params__[0].__constraints__)


def first[X](xs: list[X]) -> X:
    return xs[0]


print(first([3, 4]), first.__type_params__, isinstance(first.__type_params__[0], TypeVar))


def star[*Ts](*a: *Ts):
    return a


def para[**P](f):
    return f


print(star.__type_params__, para.__type_params__, type(star.__type_params__[0]).__name__,
      type(para.__type_params__[0]).__name__)

type Vec[E] = list[E]
type Alias = int | str
print(Vec, Vec[float], Vec.__value__, Alias.__value__, isinstance(Vec, typing.TypeAliasType))
try:
    Alias[int]
except TypeError as e:
    print("TypeError", e)


class Base[T]:
    pass


class Derived(Base[int]):
    pass


print(Derived.__orig_bases__, Derived.__mro__)
try:
    class Bad[T](Generic[T]):
        pass
except TypeError as e:
    print("TypeError", e)
