import unittest, sys, io, os
os.environ['COLUMNS'] = '80'  # pins the width of the -h output
from _uttool import run_tests, clean

class A(unittest.TestCase):
    def test_b(self): pass
    def test_a(self): pass
    def helper(self): pass
    def testNoUnderscore(self): pass
    test_attr = 5

class B(A):
    def test_c(self): pass

loader = unittest.TestLoader()
print(loader.getTestCaseNames(A))
print(loader.getTestCaseNames(B))
s = loader.loadTestsFromTestCase(A)
print(s.countTestCases(), [t.id() for t in s])
print(repr(s).replace("__main__.", ""))
loader.sortTestMethodsUsing = lambda x, y: (x < y) - (x > y)
print(loader.getTestCaseNames(A))
loader = unittest.TestLoader()
loader.testMethodPrefix = "testNo"
print(loader.getTestCaseNames(A))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*test_a*", "*_c"]
print(loader.getTestCaseNames(B))
loader = unittest.TestLoader()
mod = sys.modules[__name__]
ms = loader.loadTestsFromModule(mod)
print(ms.countTestCases(), [[t.id() for t in sub] for sub in ms])
print([t.id() for t in loader.loadTestsFromName("A.test_a", mod)])
print([t.id() for t in loader.loadTestsFromName("B", mod)])
print(loader.loadTestsFromNames(["A.test_a", "B.test_c"], mod).countTestCases())
try:
    loader.loadTestsFromName("A.nope", mod)
except Exception as e:
    print(type(e).__name__, e)
bad = loader.loadTestsFromName("Nope", mod)
print(type(bad).__name__, bad.countTestCases(), len(loader.errors))
print(loader.errors[0].splitlines()[0])
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError", e)
print(loader.loadTestsFromTestCase(unittest.TestCase).countTestCases())

# suites
suite = unittest.TestSuite()
suite.addTest(A("test_a"))
suite.addTests([A("test_b"), unittest.TestSuite([B("test_c")])])
print(suite.countTestCases(), list(suite)[0], suite == unittest.TestSuite([A("test_a"), A("test_b"), unittest.TestSuite([B("test_c")])]))
for bad in [5, A, "abc"]:
    try:
        suite.addTest(bad) if bad != "abc" else suite.addTests(bad)
    except TypeError as e:
        print("TypeError", str(e).replace("__main__.", ""))
r = unittest.TestResult()
suite.run(r)
print(r.testsRun, suite.countTestCases(), list(suite))

def load_tests(loader, tests, pattern):
    only = unittest.TestSuite()
    only.addTest(A("test_a"))
    return only
print(unittest.TestLoader().loadTestsFromModule(mod).countTestCases())
del load_tests

# discovery
here = os.path.dirname(os.path.abspath(__file__))
d = unittest.TestLoader().discover(os.path.join(here, "_utpkg"), top_level_dir=here)
print(d.countTestCases())
def ids(s):
    out = []
    for t in s:
        if isinstance(t, unittest.TestSuite):
            out.extend(ids(t))
        else:
            out.append(t.id())
    return out
print(ids(d))
run_tests(d, verbosity=2)
d = unittest.TestLoader().discover(os.path.join(here, "_utpkg"), pattern="*alpha.py", top_level_dir=here)
print(ids(d))

# unittest.main
def main(argv, **kw):
    stream = io.StringIO()
    old = sys.stderr, sys.stdout
    sys.stderr = sys.stdout = stream
    try:
        prog = unittest.main(module=kw.pop("module", "_utpkg.test_alpha"), argv=argv, **kw)
        code = "no exit; result=%r" % (prog.result.wasSuccessful(),)
    except SystemExit as e:
        code = "SystemExit %r" % (e.code,)
    finally:
        sys.stderr, sys.stdout = old
    print(argv, code)
    print(clean(stream.getvalue()), end="")
main(["prog"])
main(["prog", "-v"])
main(["prog", "-q"])
main(["prog", "AlphaTests.test_one"])
main(["prog", "-k", "two"])
main(["prog"], exit=False)
main(["prog", "--bogus"])
main(["prog", "-h"])
main(["prog"], module="_utpkg.test_beta")
main(["prog", "-v", "-k", "selected"], module="_utpkg.test_beta")
main(["prog", "-f", "-b"], module="_utpkg.test_beta")
main(["prog"], module="_utpkg.helper", defaultTest="ShouldNotLoad.test_x")
main(["prog", "-k", "zzz"])
