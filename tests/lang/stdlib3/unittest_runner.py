import unittest
from _uttool import run_tests

class Basic(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual(1 + 1, 3)

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_doc(self):
        """First line of doc.

        More lines."""
        self.assertIn(3, [1, 2])

    def test_skip_inside(self):
        self.skipTest("dynamic reason")

print("== dots")
run_tests(Basic)
print("== verbose")
run_tests(Basic, verbosity=2)
print("== quiet")
run_tests(Basic, verbosity=0)

class AllGood(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): pass
print("== ok")
run_tests(AllGood)
run_tests(AllGood, verbosity=2)
print("== none")
run_tests()

class Sub(unittest.TestCase):
    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    def test_sub_msg(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                raise ValueError("boom")
    def test_sub_ok(self):
        with self.subTest():
            pass
print("== subtests")
run_tests(Sub)
run_tests(Sub, verbosity=2)

class FailFast(unittest.TestCase):
    def test_1(self): self.fail("first")
    def test_2(self): self.fail("second")
print("== failfast")
run_tests(FailFast, failfast=True)

class Chained(unittest.TestCase):
    def test_chain(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    def test_msg(self):
        self.assertEqual("a", "b", msg="custom message")
    def test_nolong(self):
        self.longMessage = False
        self.assertEqual(1, 2, "only custom")
print("== chained")
run_tests(Chained)

def standalone():
    assert 1 == 2, "plain assert"
ftc = unittest.FunctionTestCase(standalone, description="a function test")
print("== function test case")
run_tests(ftc, verbosity=2)
print(str(ftc), repr(unittest.FunctionTestCase(standalone)).split(" at ")[0], ftc.id())

class Buffered(unittest.TestCase):
    def test_prints_ok(self):
        print("hidden output")
    def test_prints_fail(self):
        print("shown output")
        self.fail("oops")
print("== buffer")
import sys, io
saved = sys.stdout
cap = io.StringIO()
sys.stdout = cap
try:
    r = run_tests(Buffered, buffer=True)
finally:
    sys.stdout = saved
print(cap.getvalue(), end="")
