from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, Perm(7), list(Perm(7)), list(Perm), repr(Perm(3)))
class P2(IntFlag):
    A = 1; B = 2; C = 4
print(P2.A | P2.C, list(P2(7)), repr(P2(5)))
class Color(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
print(Color.RED | Color.BLUE, ~Color.RED, Color(0), bool(Color(0)))
