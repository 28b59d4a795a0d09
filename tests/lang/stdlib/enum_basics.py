from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name}={self.value}"
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED.describe(), Color.RED in Color, isinstance(Color.GREEN, Color))
print(f"{Color.RED}", format(Color.BLUE), str(Color.GREEN), hash(Color.RED) == hash(Color.RED), Color.RED == 1)
try: Color(7)
except ValueError as e: print(e)
print(list(Color.__members__), Color)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.TWO), N.ONE + 1, N.TWO == 2, sorted([N.TWO, N.ONE]), f"{N.ONE:>3}", int(N.TWO))
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B.upper(), S.A == "a")
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, list(rw), len(rw), ~Perm.R, bool(Perm(0)), Perm(7))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | 4), IP.A | 2)
class Auto(Enum):
    X = auto()
    Y = auto()
print(list(Auto), Auto.Y.value)
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
try: Color.RED = 5
except AttributeError as e: print(e)
