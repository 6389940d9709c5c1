"""TestResult: what a test run collected (CPython 3.11's API)."""

import traceback

from . import util

__unittest = True


def failfast(method):
    """Makes a TestResult method stop the run when failfast is set."""
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    inner.__doc__ = method.__doc__
    return inner


class TestResult:
    """Holds the failures and errors (lists of (test, formatted traceback)),
    skips, expected failures and unexpected successes of a run."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1
        self._mirrorOutput = False

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""
        self._mirrorOutput = False

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        """An error (an exception other than failureException); err is sys.exc_info()."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """A failure (failureException raised); err is sys.exc_info()."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """A subtest finished; err is None when it passed."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when a test has completed successfully"

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """True when nothing failed, errored or unexpectedly passed."""
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Asks the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback of err without unittest's own frames (and, for a
        failure, without the assert method's frames)."""
        exctype, value, tb = err
        te = traceback.TracebackException(exctype, value, tb,
                                          capture_locals=self.tb_locals, compact=True)
        self._clean(te, value, tb, test.failureException, set())
        return ''.join(te.format())

    def _clean(self, te, value, tb, failure_type, seen):
        """Drops unittest frames from te's stack and from its chained exceptions'."""
        if id(te) in seen:
            return
        seen.add(id(te))
        frames = [frame for frame, _ in traceback.walk_tb(tb)]
        if len(frames) == len(te.stack):
            start = 0
            while start < len(frames) and self._is_unittest_frame(frames[start]):
                start += 1
            end = start
            if te.exc_type is failure_type:
                while end < len(frames) and not self._is_unittest_frame(frames[end]):
                    end += 1
            else:
                end = len(frames)
            kept = traceback.StackSummary()
            kept.extend(te.stack[start:end])
            te.stack = kept
        for chained in (te.__cause__, te.__context__):
            if chained is not None:
                source = _find_chained(value, chained)
                if source is not None:
                    self._clean(chained, source, source.__traceback__, failure_type, seen)

    @staticmethod
    def _is_unittest_frame(frame):
        return '__unittest' in frame.f_globals

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))


def _find_chained(value, chained_te):
    """The exception object behind chained_te among value's cause/context."""
    if value is None:
        return None
    for exc in (value.__cause__, value.__context__):
        if exc is not None and type(exc) is chained_te.exc_type:
            return exc
    return None
