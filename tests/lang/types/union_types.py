# X | Y on types: types.UnionType behaviour.
u = int | str
print(u, type(u).__name__, u.__args__)
print(int | None, None | int, int | str | None, (int | str) | float)
print(int | int, (int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int))
print(isinstance(1, int | str), isinstance('a', int | str), isinstance(1.5, int | str))
print(isinstance(None, int | None), issubclass(bool, int | str), issubclass(float, int | str))
class A: pass
class B(A): pass
print(A | B, isinstance(B(), A | int), (A | None).__args__)
try:
    int | 1
except TypeError as e:
    print('TypeError', e)
try:
    1 | int
except TypeError as e:
    print('TypeError', e)
print(type(None) | int)
class M(type):
    pass
class WithMeta(metaclass=M): pass
print(WithMeta | int)
print(type.__or__(int, str), type.__or__(int, 5), type.__ror__(int, str))
# with generic aliases
print(type[int], list[int] | None, int | list[int], (list[int] | None).__args__)
print(isinstance(1, int | list[int]), issubclass(int, int | list[int]))
for f in (lambda: isinstance([], list[int]), lambda: isinstance('a', int | list[int])):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
