import io, re, os, unittest

HERE = os.path.dirname(os.path.abspath(__file__))

def clean(text):
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in X.XXXs", text)
    return text.replace(HERE + os.sep, "")

def run_tests(*classes, verbosity=1, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for c in classes:
        if isinstance(c, unittest.TestSuite) or isinstance(c, unittest.TestCase):
            suite.addTest(c)
        else:
            suite.addTests(loader.loadTestsFromTestCase(c))
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw)
    result = runner.run(suite)
    print(clean(stream.getvalue()), end="")
    print("result:", result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
    return result
