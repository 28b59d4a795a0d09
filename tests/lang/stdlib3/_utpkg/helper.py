import unittest
class ShouldNotLoad(unittest.TestCase):
    def test_x(self): pass
