# Decimal arithmetic with a non-Decimal operand: the other operand's
# reflected method runs (a value is kept, an in-place op too); when it
# declines, or for Fraction, the TypeError names 'decimal.Decimal'.
import asyncio
from decimal import Decimal
from fractions import Fraction


class Money:
    def __init__(self, v):
        self.v = v

    def __rmul__(self, other):
        return Money(self.v * other)

    def __radd__(self, other):
        return NotImplemented

    def __repr__(self):
        return f'Money({self.v})'


class Both:
    def __mul__(self, other):
        return 'Both.__mul__'

    def __rmul__(self, other):
        return 'Both.__rmul__'


async def price(qty, unit, delay):
    await asyncio.sleep(delay)
    return Decimal(qty) * unit


async def main():
    print(await asyncio.gather(price(2, Money(Decimal('1.25')), 0.2), price(3, Decimal('0.10'), 0.1)))
    print(Both() * Decimal(1), Decimal(1) * Both())
    d = Decimal(3)
    d *= Money(2)
    print(d)
    for call in (lambda: Decimal(1) + Money(1), lambda: Decimal(1) * Fraction(1, 2), lambda: Fraction(1, 2) * Decimal(1),
                 lambda: Decimal(1) - 'x', lambda: divmod(Decimal(1), Fraction(1)), lambda: Decimal(2) ** Fraction(1, 2),
                 lambda: Fraction(1, 2) ** Decimal(2), lambda: Decimal(5) % [1]):
        try:
            print(call())
        except TypeError as e:
            print(type(e).__name__, e)


asyncio.run(main())
