import unittest

class T(unittest.TestCase):
    def runTest(self): pass

t = T()
def show(f, *a, **k):
    try:
        f(*a, **k)
        print("passed")
    except AssertionError as e:
        print("---\n" + str(e))
    except Exception as e:
        print("EXC", type(e).__name__, e)

show(t.assertEqual, 1, 2)
show(t.assertEqual, 1, 2, "custom")
show(t.assertEqual, "hello", "hallo")
show(t.assertEqual, "a\nb\nc\n", "a\nB\nc\n")
show(t.assertEqual, [1, 2, 3], [1, 2, 4])
show(t.assertEqual, [1, 2, 3], [1, 2])
show(t.assertEqual, [1], [1, 2, 3])
show(t.assertEqual, (1, 2), (1, 3))
show(t.assertEqual, {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
show(t.assertEqual, {1, 2}, {2, 3})
show(t.assertEqual, list(range(100)), list(range(99)) + [1000])
show(t.assertEqual, "x" * 100, "x" * 99 + "y")
show(t.assertEqual, [1, 2], (1, 2))
show(t.assertSequenceEqual, [1, 2], (1, 3))
show(t.assertNotEqual, 1, 1)
show(t.assertTrue, 0)
show(t.assertFalse, [1])
show(t.assertIs, 1, None)
show(t.assertIsNot, None, None)
show(t.assertIsNone, 5)
show(t.assertIsNotNone, None)
show(t.assertIn, 3, [1, 2])
show(t.assertNotIn, 1, [1, 2])
show(t.assertIsInstance, 1, str)
show(t.assertNotIsInstance, 1, int)
show(t.assertGreater, 1, 2)
show(t.assertGreaterEqual, 1, 2)
show(t.assertLess, 2, 1)
show(t.assertLessEqual, 2, 1)
show(t.assertAlmostEqual, 1.0, 1.1)
show(t.assertAlmostEqual, 1.0, 1.00000001)
show(t.assertAlmostEqual, 1.0, 1.5, delta=0.1)
show(t.assertAlmostEqual, 1.0, 1.5, places=2, delta=0.1)
show(t.assertNotAlmostEqual, 1.0, 1.0)
show(t.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
show(t.assertCountEqual, [1, 2, 2], [2, 1, 3])
show(t.assertCountEqual, [[1], [2]], [[2], [2]])
show(t.assertCountEqual, "abc", "cba")
show(t.assertRegex, "hello", r"\d+")
show(t.assertNotRegex, "a1b", r"\d")
show(t.assertDictEqual, {}, [])
show(t.assertListEqual, (1,), [1])
show(t.assertMultiLineEqual, "one line", "one lime")
show(t.assertSetEqual, {1}, {1})
show(t.fail)
show(t.fail, "boom")
with t.assertRaises(ValueError) as cm:
    int("x")
print(type(cm.exception).__name__, cm.exception)
show(t.assertRaises, ValueError, int, "3")
show(t.assertRaises, ValueError, lambda: None)
def nope(): pass
show(t.assertRaises, ValueError, nope)
show(t.assertRaises, (ValueError, KeyError), nope)
show(t.assertRaisesRegex, ValueError, "abc", int, "x")
with t.assertRaisesRegex(ValueError, "invalid literal"):
    int("x")
def ctx():
    with t.assertRaises(KeyError):
        pass
show(ctx)
def ctx2():
    with t.assertRaises(KeyError, msg="mine"):
        pass
show(ctx2)
def ctx3():
    with t.assertRaises(KeyError):
        raise ValueError("other")
show(ctx3)
show(t.assertRaises, 5)
t.maxDiff = None
show(t.assertEqual, list(range(30)), list(range(1, 31)))
t.maxDiff = 20
show(t.assertEqual, [1, 2, 3], [1, 2, 4])
t.longMessage = False
show(t.assertEqual, 1, 2, "only mine")
print(str(t), repr(t), t.id(), t.shortDescription(), t.countTestCases())
print(T() == T(), hash(T()) == hash(T()))
