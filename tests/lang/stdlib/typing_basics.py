from typing import (List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, Protocol,
                    NamedTuple, TypedDict, Literal, cast, overload, get_type_hints, get_origin, get_args,
                    NewType, Iterable, Sequence, runtime_checkable, Annotated, ClassVar, Final, Set)
print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None, str], Any)
print(Callable[[int, str], bool], Callable[..., int], Tuple[int, ...], Tuple[int, str], Literal["a", 1])
print(Union[int], Optional[Union[int, str]], Iterable[int], Annotated[int, "meta"], ClassVar[int], Set)
T = TypeVar("T")
K = TypeVar("K", bound=int)
print(T, K.__bound__, List[T], List[T][int], Dict[str, T][float])
class Stack(Generic[T]):
    def __init__(self): self.items = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int](); s.push(3); print(s.items, Stack[int], Stack.__parameters__)
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x ** 2 + self.y ** 2
p = Point(3, 4); print(p, p.norm(), Point(1), Point._fields, Point.__annotations__)
class Movie(TypedDict, total=False):
    title: str
    year: int
m = Movie(title="x"); print(m, type(m), Movie.__required_keys__, sorted(Movie.__optional_keys__))
UserId = NewType("UserId", int); print(UserId(5), UserId)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable))
def f(a: int, b: "str") -> Optional[int]: return None
print(get_type_hints(f), get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]))
print(cast(int, "x"), get_origin(Optional[int]) is Union, int | None)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(5))
