# The divmod, invert and trunc slots of int and float, called directly,
# through super(), and found by hasattr/dir as in CPython.
print((7).__divmod__(2), (7).__rdivmod__(2), (-7).__divmod__(2))
print((7.5).__divmod__(2), (7.5).__rdivmod__(2), (2.0).__divmod__(7))
print((7).__divmod__(2.0), (7).__rdivmod__("x"), (7.5).__divmod__("x"))
print((5).__invert__(), (-1).__invert__(), True.__invert__(), True.__trunc__())
print((2 ** 70).__divmod__(3), (10).__trunc__())
print(float.__getformat__("double"))
for name in ("__divmod__", "__rdivmod__", "__invert__", "__trunc__"):
    print(name, hasattr(0, name), hasattr(0.0, name))


class Money(int):
    def __divmod__(self, other):
        q, r = super().__divmod__(other)
        return Money(q), Money(r)

    def __invert__(self):
        return Money(super().__invert__())


q, r = divmod(Money(17), 5)
print(type(q).__name__, q, r, type(~Money(3)).__name__, ~Money(3))
try:
    (1).__divmod__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    float.__getformat__("half")
except ValueError as e:
    print("ValueError:", e)
