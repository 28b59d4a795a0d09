"""unittest -- a unit testing framework (the xUnit style API of CPython's unittest).

    import unittest

    class IntegerArithmeticTestCase(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 2, 3)

    if __name__ == '__main__':
        unittest.main()
"""
__all__ = ['TestResult', 'TestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler


# IsolatedAsyncioTestCase is left out of __all__ so that 'from unittest import *' works.
def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        raise NotImplementedError("unittest.IsolatedAsyncioTestCase is not available in ftpy "
                                  "(no asyncio)")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
