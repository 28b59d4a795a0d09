class MyStr(str):
    def __new__(cls, value, tag="t"):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
    def shout(self):
        return self.upper() + "!"
m = MyStr("hello", "T1")
print(m, m.tag, m.shout(), len(m), m[1:3], type(m[1:3]).__name__, m + "x", type(m + "x").__name__, m * 2, type(str(m)).__name__)
print(m == "hello", "hello" == m, hash(m) == hash("hello"), m in {"hello": 1}, {m: 1}["hello"], sorted([MyStr("b"), "a"]))
print(repr(m), f"{m}", "%s" % m, "{}".format(m), m.strip("ho"), type(m.strip()).__name__, m.replace("l", "L"), m.split("l"))
class Upper(str):
    def __str__(self):
        return self.upper()
    def __repr__(self):
        return "Upper(" + str.__repr__(self) + ")"
u = Upper("abc")
print(str(u), repr(u), "%s %r" % (u, u), f"{u!s} {u!r}", [u], print is not None)
class Fmt(str):
    def __format__(self, spec):
        return "<" + spec + ">"
print(format(Fmt("x"), "spec"), "{:abc}".format(Fmt("y")), f"{Fmt('z'):q}")
class Eq(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
print(Eq("a") == "b", "b" == Eq("a"), Eq("a") != "b")
class Add:
    def __radd__(self, other):
        return "radd:" + other
print("x" + Add())
class Mul:
    def __rmul__(self, other):
        return "rmul:" + other
print("x" * Mul())
class Idx:
    def __index__(self):
        return 3
print("ab" * Idx(), "abcdef"[Idx()], "abcdef"[Idx():], "abc".center(Idx(), "*"), "abc".ljust(Idx().__index__() + 4, "*"))
