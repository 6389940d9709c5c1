import sys, unittest

class T(unittest.TestCase):
    def test_a(self):
        """Doc line."""
        self.assertEqual(1, 2)
    def test_b(self):
        pass
    def test_c(self):
        raise KeyError('k')
    @unittest.skip("nope")
    def test_d(self): pass
    def test_e(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    @unittest.expectedFailure
    def test_f(self): self.fail("x")

r = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(r)
unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout), exit=False)
unittest.main()
