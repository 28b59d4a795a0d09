def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(repr(len), repr(print), repr(abs))
print(len.__name__, len.__qualname__, len.__module__, type(len).__name__)
print(repr(list.append), repr(dict.keys), repr(str.join))
print(type(list.append).__name__, type([].append).__name__)
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__)
print(repr(dict.fromkeys).startswith("<built-in method fromkeys of type object at"))
print(type(dict.__dict__["fromkeys"]).__name__)
print(dict.fromkeys("ab"))

show(lambda: len(1, 2))
show(lambda: len())
show(lambda: len(x=1))
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: [].append(x=1))
show(lambda: {}.keys(1))
show(lambda: list.append())
show(lambda: list.append(1, 2))
show(lambda: list.append([], 1))
show(lambda: abs())
show(lambda: "x".upper(1))
show(lambda: [].pop(1, 2, 3))
show(lambda: [1].pop(0))

m = [1, 2].append
print(m.__self__, m.__name__)
print(len.__self__.__name__ if hasattr(len.__self__, "__name__") else len.__self__)

import math
print(repr(math.sqrt), math.sqrt.__module__)

# builtin as method descriptor via the type
print(str.upper("abc"), list.__len__([1, 2]))
upper = str.upper
print(upper("x"), str.__dict__["upper"].__get__("q")())
show(lambda: str.upper(5))

# builtins don't bind as methods
class K:
    f = len
print(K().f([1, 2, 3]))

print(sorted([3, 1, 2], key=abs), max("abc", key=ord))
print(list(map(len, ["a", "bb"])), list(filter(None, [0, 1, 2])))
