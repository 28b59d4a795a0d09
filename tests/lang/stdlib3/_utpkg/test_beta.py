import unittest

def setUpModule():
    print("beta setUpModule")

def tearDownModule():
    print("beta tearDownModule")

class BetaTests(unittest.TestCase):
    def test_fails(self):
        self.assertEqual([1, 2], [1, 3])
    def test_selected_name(self):
        pass
