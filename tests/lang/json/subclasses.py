# Subclasses of int/float/str/list/tuple/dict, IntEnum/StrEnum/IntFlag, OrderedDict, default=, cls=.
import json
from collections import OrderedDict, namedtuple
from enum import IntEnum, IntFlag, Enum


class MyInt(int):
    def __repr__(self):
        return "MyInt!"

    __str__ = __repr__


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    def __str__(self):
        return "MyStr!"


class MyList(list):
    def __iter__(self):
        return iter(["overridden"])


class MyTuple(tuple):
    pass


class MyDict(dict):
    def items(self):
        return [("from", "items()")]


class PlainDict(dict):
    pass


class Color(IntEnum):
    RED = 1
    GREEN = 2


class Perm(IntFlag):
    R = 4
    W = 2


class Shape(Enum):
    SQUARE = "sq"


Point = namedtuple("Point", "x y")

vals = [MyInt(5), MyFloat(2.5), MyFloat("nan"), MyStr("hello"), MyList([1, 2]), MyTuple((3, 4)),
        MyDict(a=1), PlainDict(b=2), Color.RED, [Color.GREEN, Perm.R | Perm.W], Point(1, 2),
        OrderedDict([("z", 1), ("a", 2)]), {MyInt(3): MyStr("v"), MyStr("k"): MyFloat(1.5)},
        {Color.RED: "red"}, {MyFloat(0.5): 1}, True, [True, False]]
for v in vals:
    for kw in [{}, {"indent": 1}, {"sort_keys": True}]:
        try:
            print(json.dumps(v, **kw))
        except Exception as e:
            print(type(e).__name__, e)

try:
    json.dumps(Shape.SQUARE)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({Shape.SQUARE: 1})
except TypeError as e:
    print("TypeError", e)
print(json.dumps(Shape.SQUARE, default=lambda o: o.value))
print(json.dumps([{1, 2}], default=sorted))
print(json.dumps({"c": 1j}, default=lambda c: [c.real, c.imag]))
print(json.dumps([b"ab"], default=lambda b: b.decode()))


def bad_default(o):
    raise KeyError("nope")


try:
    json.dumps([object()], default=bad_default)
except KeyError as e:
    print("KeyError", e)


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder))
print(json.dumps({"s": frozenset({"b", "a"})}, cls=SetEncoder, indent=2))
try:
    json.dumps({"s": object()}, cls=SetEncoder)
except TypeError as e:
    print("TypeError", e)
print(SetEncoder(sort_keys=True).encode({"b": {9}, "a": 1}))
print(list(SetEncoder().iterencode([{5, 4}])))


class UpperEncoder(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()

    def iterencode(self, o, _one_shot=False):
        return super().iterencode(o, _one_shot)


print(json.dumps(["abc", {"k": "v"}], cls=UpperEncoder))
