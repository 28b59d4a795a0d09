class P:
    def __init__(self):
        self.x = 1
        self.name = "pé"
        self.items = ["a", {"k": [10, 20]}]
p = P()
print("{0.x} {0.name} {0.items[0]} {0.items[1][k]} {0.items[1][k][1]}".format(p))
print("{p.name!r:>8}|{p.items!s:.6}|".format(p=p))
data = {"a": {"b": "deep"}, 5: "int-key", "5": "str-key"}
print("{0[a][b]} {0[5]}".format(data))
print("{:{}{}{}}".format("x", "*", "^", 7), "{:{w}}|".format("y", w=4), "{0:{1}.{2}}".format("abcdef", 5, 3))
print("{0:>{1}}".format("é", 3), "{:^{}}".format("ab", 6), "{!r:^{}}".format("q", 7))
print("{}-{}-{}".format(*"abc"), "{a}{b}".format(**{"a": 1, "b": 2}), "{0}{0}{1}".format(*[7, 8]))
print("{:}".format("plain"), "{0!s:}".format(3), "{:<0}".format("z"), "{:0}|".format("zz"))
print("{0.__class__.__name__}".format("s"), "{0.real:+.1f}".format(2), "{0[0]:x>3}".format(["a"]))
import math
print("{0.pi:.3f} {0.e:.2e}".format(math))
print("{:%Y}".format(type("D", (), {"__format__": lambda self, s: "D[" + s + "]"})()))
