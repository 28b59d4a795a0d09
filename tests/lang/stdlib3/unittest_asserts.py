import unittest, warnings, logging

class T(unittest.TestCase):
    def runTest(self): pass
t = T()

def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
        print(name, "passed")
    except AssertionError as e:
        print(name, "FAILED:")
        print(str(e))
    except Exception as e:
        print(name, "raised", type(e).__name__, e)

check("assertEqual", 1, 1)
check("assertEqual", 1, 2)
check("assertEqual", "abc", "abd")
check("assertEqual", "line1\nline2\nline3\n", "line1\nline2 changed\nline3\n")
check("assertEqual", "x" * 100, "x" * 99 + "y")
check("assertEqual", "a" * 50 + "b" * 50, "a" * 50 + "c" * 50)
check("assertEqual", [1, 2, 3], [1, 2, 4])
check("assertEqual", [1, 2, 3], [1, 2])
check("assertEqual", [1, 2], [1, 2, 3, 4])
check("assertEqual", (1, "a"), (1, "b"))
check("assertEqual", {"a": 1, "b": 2}, {"a": 1, "b": 3})
check("assertEqual", {1, 2, 3}, {2, 3, 4})
check("assertEqual", frozenset([1]), frozenset())
check("assertEqual", list(range(100)), list(range(99)) + [1000])
check("assertEqual", {i: str(i) * 5 for i in range(30)}, {i: str(i) * 5 for i in range(1, 31)})
check("assertEqual", [1, 2], (1, 2))
check("assertEqual", 1.0, 1)
check("assertNotEqual", 1, 1)
check("assertNotEqual", 1, 2)
check("assertTrue", 0)
check("assertTrue", [1])
check("assertFalse", "x")
check("assertIs", None, 0)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 4, [1, 2, 3])
check("assertIn", "z", "abc")
check("assertNotIn", 2, [1, 2, 3])
check("assertIsInstance", 1, str)
check("assertIsInstance", 1, (str, float))
check("assertNotIsInstance", 1, int)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.1, places=0)
check("assertAlmostEqual", 1.0, 1.5, delta=0.2)
check("assertAlmostEqual", 1.0, 1.5, delta=0.2, places=2)
check("assertNotAlmostEqual", 1.0, 1.0000000001)
check("assertNotAlmostEqual", 1.0, 1.1, delta=0.5)
check("assertNotAlmostEqual", 1.0, 2.0)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertLess", 1, 2)
check("assertCountEqual", [1, 2, 2, 3], [3, 2, 1, 2])
check("assertCountEqual", [1, 2, 2], [1, 1, 2])
check("assertCountEqual", [[1], [2]], [[2], [1], [1]])
check("assertRegex", "hello world", r"wor.d")
check("assertRegex", "hello", r"^bye")
check("assertNotRegex", "hello world", r"o w")
check("assertSequenceEqual", [1, 2], [1, 3])
check("assertSequenceEqual", "ab", ["a", "b"])
check("assertListEqual", [1], (1,))
check("assertTupleEqual", (1,), [1])
check("assertDictEqual", {}, [])
check("assertSetEqual", {1}, [1])
check("assertSetEqual", [1], {1})
check("assertMultiLineEqual", "a", 1)
check("assertEqual", 1, 2, "extra info")
check("fail")
check("fail", "failure message")

# assertRaises family
with t.assertRaises(ValueError) as cm:
    int("x")
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
check("assertRaises", ValueError, int, "1")
check("assertRaises", ValueError, int, "x")
check("assertRaises", (TypeError, KeyError), {}.__getitem__, "k")
check("assertRaises", KeyError, int, "x")
check("assertRaises", "notatype")
check("assertRaises", ValueError, msg="m", other=1)
try:
    with t.assertRaises(KeyError, msg="while doing X"):
        pass
except AssertionError as e:
    print("cm:", e)
try:
    with t.assertRaises(KeyError):
        raise IndexError("not caught")
except IndexError as e:
    print("propagated", e)
check("assertRaisesRegex", ValueError, r"invalid literal", int, "x")
check("assertRaisesRegex", ValueError, r"^zzz", int, "x")
with t.assertRaisesRegex(ZeroDivisionError, "division"):
    1 / 0
print("regex cm ok")

def warner(n):
    warnings.warn("careful %d" % n, DeprecationWarning)
    return n
check("assertWarns", DeprecationWarning, warner, 1)
check("assertWarns", UserWarning, warner, 1)
check("assertWarns", DeprecationWarning, lambda: None)
check("assertWarnsRegex", DeprecationWarning, "careful 2", warner, 2)
check("assertWarnsRegex", DeprecationWarning, "nope", warner, 2)
with t.assertWarns(UserWarning) as wcm:
    warnings.warn("uw", UserWarning)
print(wcm.warning, type(wcm.warning).__name__, wcm.filename.endswith("unittest_asserts.py"), wcm.lineno)
check("assertWarns", ValueError)

log = logging.getLogger("tst")
with t.assertLogs("tst", level="INFO") as lcm:
    log.info("first %d", 1)
    log.warning("second")
    log.debug("hidden")
    logging.getLogger("tst.child").error("child msg")
print(lcm.output, [r.getMessage() for r in lcm.records])
try:
    with t.assertLogs("tst", level="ERROR"):
        log.warning("too low")
except AssertionError as e:
    print("assertLogs:", e)
try:
    with t.assertNoLogs("tst"):
        log.error("unexpected")
except AssertionError as e:
    print("assertNoLogs:", e)
with t.assertNoLogs("tst", level="ERROR"):
    log.warning("fine")
with t.assertLogs() as lcm:
    logging.getLogger("any.where").warning("root captured")
print(lcm.output)
print(log.handlers, log.propagate, log.level)

t.maxDiff = None
check("assertEqual", list(range(30)), list(range(1, 31)))
t.maxDiff = 20
check("assertEqual", [1, 2, 3], [1, 2, 4])
t.maxDiff = 640
class Custom:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Custom) and o.v == self.v
    def __repr__(self): return "Custom(%r)" % self.v
t.addTypeEqualityFunc(Custom, lambda a, b, msg=None: print("custom eq called", a, b))
check("assertEqual", Custom(1), Custom(2))
class BadRepr:
    def __repr__(self): raise RuntimeError
check("assertIsNone", BadRepr()) if False else None
