from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, make_dataclass, is_dataclass, InitVar
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), asdict(p), astuple(p), replace(p, x=9))
print([f.name for f in fields(Point)], Point.__match_args__, is_dataclass(p), Point(3))
try: Point()
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(2), V(1, 5), V(1, 2)]), V(1) < V(2), hash(V(1)) == hash(V(1)))
try: V(1).major = 5
except FrozenInstanceError as e: print("frozen:", e)
@dataclass
class C:
    a: int
    b: InitVar[int] = 2
    c: int = field(init=False, repr=False)
    def __post_init__(self, b): self.c = self.a * b
print(C(3), C(3, 5).c)
@dataclass(kw_only=True)
class K:
    a: int
    b: str = "x"
print(K(a=1), K(b="y", a=2))
try: K(1)
except TypeError as e: print(e)
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, [], 3))
M = make_dataclass("M", [("a", int), ("b", str, field(default="q"))])
print(M(1), M(1, "z") == M(1, "z"))
@dataclass(slots=True)
class S:
    a: int
    b: int = 1
s = S(1); print(s, hasattr(s, "__dict__"), S.__slots__)
match Point(1, 2):
    case Point(x, y): print("matched", x, y)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
print(Point.__eq__.__qualname__, repr(Point.__init__.__qualname__))
