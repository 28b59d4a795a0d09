import unittest, io, sys
from _uttool import run_tests, clean

class Recording(unittest.TestResult):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.events = []
    def startTestRun(self): self.events.append("startTestRun")
    def stopTestRun(self): self.events.append("stopTestRun")
    def startTest(self, t): super().startTest(t); self.events.append("start " + t._testMethodName)
    def stopTest(self, t): super().stopTest(t); self.events.append("stop " + t._testMethodName)
    def addSuccess(self, t): self.events.append("success " + t._testMethodName)
    def addFailure(self, t, e): super().addFailure(t, e); self.events.append("failure " + t._testMethodName)
    def addError(self, t, e): super().addError(t, e); self.events.append("error " + str(t))
    def addSkip(self, t, r): super().addSkip(t, r); self.events.append("skip %s %r" % (t._testMethodName, r))
    def addExpectedFailure(self, t, e): super().addExpectedFailure(t, e); self.events.append("xfail " + t._testMethodName)
    def addUnexpectedSuccess(self, t): super().addUnexpectedSuccess(t); self.events.append("xpass " + t._testMethodName)
    def addSubTest(self, t, st, e): super().addSubTest(t, st, e); self.events.append("subtest %s %s" % (st._subDescription(), "ok" if e is None else e[0].__name__))
    def addDuration(self, t, d): self.events.append("duration " + t._testMethodName)

class T(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): self.fail("b")
    @unittest.skip("why")
    def test_c(self): pass
    @unittest.expectedFailure
    def test_d(self): raise ValueError
    @unittest.expectedFailure
    def test_e(self): pass
    def test_f(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    raise KeyError(i)
    @unittest.expectedFailure
    def test_g(self):
        with self.subTest("xf"):
            self.fail("expected in subtest")
        raise RuntimeError("not reached")

suite = unittest.TestLoader().loadTestsFromTestCase(T)
r = Recording()
runner = unittest.TextTestRunner(stream=io.StringIO(), resultclass=lambda *a, **k: r)
runner.run(suite)
for e in r.events:
    print(e)
print(r, r.wasSuccessful(), len(r.expectedFailures), len(r.unexpectedSuccesses))
print([str(t) for t, _ in r.failures], [str(t) for t, _ in r.errors])
print(r.failures[0][1].splitlines()[-1], r.errors[0][1].splitlines()[-1])

# unexpected success and expected failure output in the text runner
class U(unittest.TestCase):
    @unittest.expectedFailure
    def test_ok_unexpectedly(self): pass
    @unittest.expectedFailure
    def test_fails_as_expected(self): self.assertEqual(1, 0)
run_tests(U)
run_tests(U, verbosity=2)

# module-level fixtures via a synthetic module
import types
mod = types.ModuleType("fixmod")
events = []
def setUpModule():
    events.append("setUpModule")
    unittest.addModuleCleanup(events.append, "moduleCleanup")
def tearDownModule():
    events.append("tearDownModule")
mod.setUpModule = setUpModule
mod.tearDownModule = tearDownModule
class M1(unittest.TestCase):
    def test_1(self): events.append("M1.test_1")
M1.__module__ = "fixmod"
mod.M1 = M1
sys.modules["fixmod"] = mod
run_tests(unittest.TestLoader().loadTestsFromModule(mod))
print(events)

badmod = types.ModuleType("badmod")
def bad_setup():
    raise RuntimeError("module setup failed")
badmod.setUpModule = bad_setup
class M2(unittest.TestCase):
    def test_never(self): print("never runs")
M2.__module__ = "badmod"
badmod.M2 = M2
sys.modules["badmod"] = badmod
run_tests(unittest.TestLoader().loadTestsFromModule(badmod), verbosity=2)

class ClassCleanupFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(lambda: 1 / 0)
    def test_1(self): pass
run_tests(ClassCleanupFails)

# TestResult used directly, stop()
r = unittest.TestResult()
print(r.shouldStop, r.wasSuccessful(), repr(r))
r.stop()
s = unittest.TestSuite([T("test_a"), T("test_b")])
s.run(r)
print(r.testsRun)
# failfast through the result
r = unittest.TestResult(); r.failfast = True
unittest.TestSuite([T("test_b"), T("test_a")]).run(r)
print(r.testsRun, r.shouldStop)
# descriptions off
class Doc(unittest.TestCase):
    def test_doc(self):
        """Documented test."""
        self.fail("x")
run_tests(Doc, verbosity=2, descriptions=False)
run_tests(Doc, verbosity=2)
