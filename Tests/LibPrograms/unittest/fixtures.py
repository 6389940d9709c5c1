import sys
import unittest

log = []

def setUpModule():
    print("setUpModule")

def tearDownModule():
    print("tearDownModule")


class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass A")
        cls.addClassCleanup(print, "class cleanup A")

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass A")

    def setUp(self):
        print("setUp", self._testMethodName)
        self.addCleanup(print, "cleanup", self._testMethodName)

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_one(self):
        print("one")

    def test_two(self):
        """Second test.

        More text."""
        with self.subTest("msg only"):
            self.fail("inside")
        with self.subTest(x=1):
            with self.subTest(y=2):
                raise RuntimeError("nested")
        with self.subTest():
            self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_skip_inside(self):
        self.skipTest("not today")


class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("class setup broke")

    def test_never(self):
        print("never")


@unittest.skip("whole class")
class C(unittest.TestCase):
    def test_x(self):
        print("never")


class D(unittest.TestCase):
    def setUp(self):
        raise KeyError("setup")

    def test_d(self):
        print("never")


class E(unittest.TestCase):
    def tearDown(self):
        1 / 0

    def test_e(self):
        print("e body")

    @unittest.skipIf(True, "cond")
    def test_skipif(self):
        pass

    @unittest.skipUnless(False, "unless")
    def test_skipunless(self):
        pass

    def test_cleanup_fails(self):
        self.addCleanup(lambda: [][1])


def plain():
    print("plain function test")

suite = unittest.TestSuite()
suite.addTest(unittest.FunctionTestCase(plain))
suite.addTests(unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__]))
print(suite.countTestCases())
runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=2)
res = runner.run(suite)
print(res.wasSuccessful(), len(res.failures), len(res.errors), len(res.skipped),
      len(res.unexpectedSuccesses), res.testsRun)
for test, reason in res.skipped:
    print("skipped:", test, reason)
r2 = unittest.TextTestRunner(stream=sys.stdout, failfast=True).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(D))
print(r2)
print(unittest.defaultTestLoader.getTestCaseNames(A))
prog = unittest.main(argv=["prog", "A.test_one", "E"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=sys.stdout))
print(prog.result)
try:
    unittest.main(argv=["prog", "-v", "A.test_one"],
                  testRunner=unittest.TextTestRunner(stream=sys.stdout, verbosity=2))
except SystemExit as e:
    print("exit", e.code)
unittest.main(argv=["prog", "-q", "E.test_e"], testRunner=unittest.TextTestRunner(stream=sys.stdout))
