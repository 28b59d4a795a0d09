# count and repeat: values, steps of several types, reprs, __length_hint__, errors
import itertools as it
import sys
from fractions import Fraction
from decimal import Decimal


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def take(n, i):
    return list(it.islice(i, n))


t("count()", lambda: take(5, it.count()))
t("count(3)", lambda: take(5, it.count(3)))
t("count(-2, 3)", lambda: take(5, it.count(-2, 3)))
t("count(10, -1)", lambda: take(5, it.count(10, -1)))
t("count(0.5, 2)", lambda: take(4, it.count(0.5, 2)))
t("count(1, 0.25)", lambda: take(4, it.count(1, 0.25)))
t("count(1j)", lambda: take(3, it.count(1j)))
t("count(1j, 1+1j)", lambda: take(3, it.count(1j, 1 + 1j)))
t("count(Fraction)", lambda: take(3, it.count(Fraction(1, 2), Fraction(1, 3))))
t("count(Decimal)", lambda: take(3, it.count(Decimal("1.1"), Decimal("0.1"))))
t("count(2**70)", lambda: take(3, it.count(2 ** 70)))
t("count(big step)", lambda: take(3, it.count(1, 2 ** 65)))
t("count(step=0)", lambda: take(3, it.count(step=0)))
t("count(start=4, step=2)", lambda: take(3, it.count(start=4, step=2)))
c = it.count(sys.maxsize - 2)
t("count near maxsize", lambda: take(5, c))
t("repr after maxsize", lambda: repr(c))
c = it.count(-sys.maxsize - 3)
t("count near -maxsize", lambda: take(3, c))
t("count(True)", lambda: take(3, it.count(True)))
t("count(True, 2)", lambda: take(3, it.count(True, 2)))
t("count(1, True)", lambda: take(3, it.count(1, True)))
for args in [(), (0,), (5,), (0.5, 2), (1, 1.0), (1, 1), (2 ** 70, -1), (1j,), (1.5, 0.5),
             (True,), (True, 2), (1, True), (0, 0), (0, 1.5), (1.0,), (1, 2.0), (-5,),
             (Fraction(1, 2),), (Fraction(1, 2), Fraction(1, 3)), (Decimal("2.5"), 1)]:
    t("repr count%r" % (args,), lambda: repr(it.count(*args)))
c = it.count(7)
next(c)
next(c)
t("repr advanced", lambda: repr(c))
c = it.count(0.5, 0.5)
next(c)
t("repr advanced float", lambda: repr(c))
t("count('a')", lambda: it.count("a"))
t("count(1, 'a')", lambda: it.count(1, "a"))
t("count([1])", lambda: it.count([1]))
t("count(None)", lambda: it.count(None))
t("count(1, None)", lambda: it.count(1, None))
t("count(1, 2, 3)", lambda: it.count(1, 2, 3))
t("count(x=1)", lambda: it.count(x=1))


class Sub(it.count):
    pass


t("subclass repr", lambda: repr(Sub(3, 2)))
t("subclass values", lambda: take(3, Sub(3, 2)))

# repeat
t("repeat('a', 3)", lambda: list(it.repeat("a", 3)))
t("repeat(None, 0)", lambda: list(it.repeat(None, 0)))
t("repeat(1, -5)", lambda: list(it.repeat(1, -5)))
t("repeat forever", lambda: take(4, it.repeat([1])))
t("repeat times kw", lambda: list(it.repeat(object=2, times=2)))
r = it.repeat("x", 5)
t("hint 5", lambda: r.__length_hint__())
next(r)
next(r)
t("hint 3", lambda: r.__length_hint__())
t("repr after 2", lambda: repr(r))
t("list rest", lambda: list(r))
t("hint 0", lambda: r.__length_hint__())
t("repr exhausted", lambda: repr(r))
t("hint infinite", lambda: it.repeat(1).__length_hint__())
t("hint negative", lambda: it.repeat(1, -3).__length_hint__())
for args in [(1,), ("a", 3), (None, -2), ([1, 2], 0), ((1,), 2)]:
    t("repr repeat%r" % (args,), lambda: repr(it.repeat(*args)))
t("repeat()", lambda: it.repeat())
t("repeat(1, None)", lambda: it.repeat(1, None))
t("repeat(1, 'a')", lambda: it.repeat(1, "a"))
t("repeat(1, 1.5)", lambda: it.repeat(1, 1.5))
t("repeat(1, 2**70)", lambda: it.repeat(1, 2 ** 70))
t("repeat(1, 2, 3)", lambda: it.repeat(1, 2, 3))
t("repeat(1, x=2)", lambda: it.repeat(1, x=2))
t("len(repeat)", lambda: len(it.repeat(1, 3)))
t("operator.length_hint", lambda: __import__("operator").length_hint(it.repeat(1, 4)))
t("list(map(pow, range(5), repeat(2)))", lambda: list(map(pow, range(5), it.repeat(2))))
