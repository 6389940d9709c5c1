"""unittest: CPython 3.11's test framework, the subset a sandboxed program
uses — TestCase with its assertions (case.py), subtests, skipping, class and
module fixtures, IsolatedAsyncioTestCase, TestSuite, TestLoader,
TextTestRunner and unittest.main() with CPython's report format. The run's
time comes from the virtual clock. unittest.mock is in mock.py.

Not here: test discovery (no file system), output buffering, signal
handling (installHandler and friends are no-ops)."""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader, makeSuite, getTestCaseNames, findTestCases
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult


def installHandler():
    """No-op: the sandbox has no signals."""


def removeHandler(method=None):
    """No-op (as a decorator, returns method unchanged)."""
    if method is not None:
        return method


def registerResult(result):
    """No-op: there is no Ctrl-C to hand results to."""


def removeResult(result):
    return False


def __getattr__(name):
    # Imported lazily, as CPython does: asyncio only for async tests.
    if name == 'IsolatedAsyncioTestCase':
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    if name == 'mock':
        # `from unittest import mock` reaches here before the submodule is
        # imported; the VM does not fall back to importing it by itself.
        import sys
        __import__(__name__ + '.mock')
        return sys.modules[__name__ + '.mock']
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
