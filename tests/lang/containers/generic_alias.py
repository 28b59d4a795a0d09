print(list[int], dict[str, list[int]], tuple[int, ...], list['X'], tuple[()], set[str], frozenset[bytes])
print(list[int] == list[int], list[int] != list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__, list[int].__parameters__, type(list[int]))
print(dict[str, int](a=1), tuple[int, ...]((1, 2)))
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print('TypeError', e)
class A(list[int]):
    pass
print(A.__mro__, A.__orig_bases__, A([1]))
print(list[int].append, list[int] | None, None | dict[str, int])
def f(x: list[int], y: dict[str, tuple[int, ...]] = None) -> set[str]:
    return x
print(f.__annotations__)
print(enumerate[int], zip[int] if hasattr(zip, '__class_getitem__') else 'no zip[]', range.__class_getitem__ if hasattr(range, '__class_getitem__') else 'no range[]')
class B:
    pass
print(list[B])
