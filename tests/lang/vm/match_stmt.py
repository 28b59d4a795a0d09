def m(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case int(n) if n < 0:
            return f"negative {n}"
        case [a, b]:
            return f"pair {a} {b}"
        case [a, *rest]:
            return f"list head {a} rest {rest}"
        case {"k": v, **others}:
            return f"dict k={v} others={sorted(others.items())}"
        case {"only": v}:
            return "never"
        case str() as s:
            return f"str {s}"
        case Point(x=0, y=yy):
            return f"point on y axis {yy}"
        case Point(xx, yy):
            return f"point {xx} {yy}"
        case _:
            return "other"

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

for v in [0, 1, 2, -5, [1, 2], [1, 2, 3], (4,), {"k": 1, "z": 2}, "s", Point(0, 3), Point(1, 2), 3.5, None]:
    print(m(v))

class NoArgs:
    pass
def m2(x):
    match x:
        case NoArgs(a):
            return "matched"
    return "no"
try:
    m2(NoArgs())
except TypeError as e:
    print("TypeError", e)

class BadArgs:
    __match_args__ = ["a"]
def m3(x):
    match x:
        case BadArgs(a):
            return a
try:
    m3(BadArgs())
except TypeError as e:
    print("TypeError", e)

def m4(x):
    match x:
        case Point(1, 2, 3):
            return "three"
try:
    m4(Point(1, 2))
except TypeError as e:
    print("TypeError", e)


not_a_class = 5
def m6(x):
    match x:
        case not_a_class():
            return 1
try:
    m6(1)
except TypeError as e:
    print("TypeError", e)


def m8(x):
    match x:
        case int(v) | float(v):
            return ("num", v)
        case bool(b):
            return ("bool", b)
        case (1, 2) | [3, 4]:
            return "seq"
        case {1: _}:
            return "has key 1"
    return None
print(m8(3), m8(2.5), m8((1, 2)), m8([3, 4]), m8({1: 2}), m8({2: 1}), m8("x"), m8(True))

def m9(x):
    match x:
        case str(s) if len(s) > 3:
            return "long"
        case "ab" | "cd":
            return "short literal"
        case b"bytes":
            return "bytes"
        case [*_, last]:
            return ("last", last)
    return "no"
print(m9("hello"), m9("ab"), m9(b"bytes"), m9("abc"), m9([1, 2, 9]), m9(range(3)))

class MissingAttr:
    __match_args__ = ("nope",)
def m10(x):
    match x:
        case MissingAttr(v):
            return v
    return "missing attr means no match"
print(m10(MissingAttr()))

import collections
def m11(x):
    match x:
        case {"a": a}:
            return a
    return "no"
print(m11(collections.OrderedDict(a=5)), m11(collections.defaultdict(int)))
