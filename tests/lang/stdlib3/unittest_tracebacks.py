import unittest
from _uttool import run_tests

def check_positive(n):
    if n <= 0:
        raise ValueError("not positive: %d" % n)
    return n

def helper_assert(tc, a, b):
    tc.assertEqual(a, b)

class TB(unittest.TestCase):
    def test_helper_error(self):
        check_positive(-1)

    def test_helper_assert(self):
        helper_assert(self, [1, 2], [1, 3])

    def test_nested_subtest(self):
        for n in (1, -2):
            with self.subTest(n=n):
                check_positive(n)

    def test_context(self):
        try:
            {}["k"]
        except KeyError:
            self.fail("lookup failed")

    def test_raise_in_cleanup(self):
        self.addCleanup(check_positive, 0)

    def test_assert_raises_wrong(self):
        with self.assertRaises(TypeError):
            check_positive(-5)

    def test_multiline_message(self):
        self.assertEqual("alpha\nbeta\ngamma\n", "alpha\nBETA\ngamma\ndelta\n")

    def test_long_list(self):
        self.assertEqual(list(range(50)), list(range(2, 52)))

    def test_long_dict_truncated(self):
        self.assertDictEqual({i: "v" * i for i in range(40)}, {i: "v" * i for i in range(1, 41)})

run_tests(TB)
