import unittest

class AlphaTests(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1, 1)
    def test_two(self):
        self.assertTrue(True)

class NotATest:
    def test_ignored(self): pass
