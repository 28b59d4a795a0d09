import unittest
from _uttool import run_tests

events = []

class Fix(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")
        cls.addClassCleanup(events.append, "classCleanup")
    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")
    def setUp(self):
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup1 " + self._testMethodName)
        self.addCleanup(events.append, "cleanup2 " + self._testMethodName)
    def tearDown(self):
        events.append("tearDown " + self._testMethodName)
    def test_a(self):
        events.append("test_a")
    def test_b(self):
        events.append("test_b")
        self.fail("b fails")

run_tests(Fix)
print(events)
events.clear()

class SetUpFails(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")
    def tearDown(self):
        events.append("tearDown should not run")
    def test_x(self):
        events.append("never")
run_tests(SetUpFails)
print(events)

class TearDownFails(unittest.TestCase):
    def tearDown(self):
        raise ValueError("tearDown broke")
    def test_x(self):
        pass
run_tests(TearDownFails)

class CleanupFails(unittest.TestCase):
    def test_x(self):
        self.addCleanup(lambda: 1 / 0)
        self.addCleanup(lambda: events.append("other cleanup ran"))
run_tests(CleanupFails, verbosity=2)

class ClassSetUpFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError("no database")
    def test_1(self): pass
    def test_2(self): pass
run_tests(ClassSetUpFails, verbosity=2)

class ClassTearDownFails(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("td")
    def test_1(self): pass
run_tests(ClassTearDownFails)

@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("skipped class setUpClass ran!")
    def test_1(self): pass
    def test_2(self): pass
run_tests(SkippedClass, verbosity=2)

class Conditional(unittest.TestCase):
    @unittest.skipIf(True, "cond true")
    def test_if(self): pass
    @unittest.skipIf(False, "cond false")
    def test_if_runs(self): pass
    @unittest.skipUnless(False, "needs feature")
    def test_unless(self): pass
    @unittest.skip
    def test_bare_skip(self): pass
    def test_skip_in_setup_style(self):
        raise unittest.SkipTest("raised SkipTest")
run_tests(Conditional, verbosity=2)

class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("class-level skip")
    def test_1(self): pass
run_tests(SkipInSetUpClass, verbosity=2)

class Ctx:
    def __init__(self, name): self.name = name
    def __enter__(self):
        events.append("enter " + self.name); return self.name.upper()
    def __exit__(self, *a):
        events.append("exit " + self.name)
events.clear()
class EnterCtx(unittest.TestCase):
    def test_ctx(self):
        v = self.enterContext(Ctx("c1"))
        events.append("value " + v)
run_tests(EnterCtx)
try:
    EnterCtx("test_ctx").enterContext(42)
except TypeError as e:
    print("TypeError", e)
print(events)

class ReturnsValue(unittest.TestCase):
    def test_returns(self):
        return 5
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    run_tests(ReturnsValue)
print([str(x.message).split(" (")[0] for x in w])

# TestCase API
tc = Fix("test_a")
print(tc, repr(tc), tc.id(), tc.countTestCases(), tc.shortDescription())
print(tc == Fix("test_a"), tc == Fix("test_b"), hash(tc) == hash(Fix("test_a")))
try:
    Fix("test_zzz")
except ValueError as e:
    print("ValueError", str(e).replace("__main__.", ""))
r = unittest.TestResult()
Fix("test_b").run(r)
print(r, len(r.failures), r.failures[0][0], r.failures[0][1].splitlines()[-1])
res = Fix("test_a").run()
print(res.wasSuccessful(), res.testsRun)
Fix("test_a").debug()
try:
    Fix("test_b").debug()
except AssertionError as e:
    print("debug raised", e)
