import unittest

class Fine(unittest.TestCase):
    def test_it(self):
        print("in test_it")
        self.assertIsNone(None)

try:
    unittest.main(argv=["prog", "-q"])
except SystemExit as e:
    print("SystemExit", e.code)
unittest.main(argv=["prog"], exit=False)
print("after main with exit=False")
unittest.main(argv=["prog", "Fine.test_it"])
print("not reached")
