import unittest, sys

class Arith(unittest.TestCase):
    def test_add(self):
        print("running test_add")
        self.assertEqual(2 + 2, 4)

    def test_bad(self):
        print("running test_bad")
        self.assertEqual(2 * 2, 5, "math is hard")

    @unittest.skipUnless(sys.platform.startswith("linux"), "linux only")
    def test_platform(self):
        print("running test_platform")

if __name__ == "__main__":
    unittest.main(verbosity=2)
