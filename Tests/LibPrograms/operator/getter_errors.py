# operator's getters and methodcaller: reprs, calls and constructor errors.
import operator
for f in (operator.attrgetter, operator.methodcaller, operator.itemgetter):
    try: f()
    except TypeError as e: print(e)
print(operator.attrgetter("real", "imag")(3), operator.itemgetter(0, 1)("ab"), operator.methodcaller("f", 1, k=2), operator.methodcaller("split", ",")("a,b"), operator.attrgetter("a.b") and 1)
try:
    operator.methodcaller(3)
except TypeError as e:
    print(e)
try:
    operator.attrgetter(3)
except TypeError as e:
    print(e)
