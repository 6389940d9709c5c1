# Decimal exp, ln, log10 and non-integer powers: correctly rounded (exp/ln/
# log10 always half-even, powers in the context's rounding), exact cases,
# special values, flags, overflow/underflow, and three-argument pow().
import asyncio
from decimal import (Decimal, Context, localcontext, getcontext, InvalidOperation, Overflow,
                     ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_HALF_UP)


def flags(ctx):
    return sorted(k.__name__ for k, v in ctx.flags.items() if v)


async def grow(name, principal, rate, years):
    await asyncio.sleep(years / 10)
    with localcontext(prec=12):
        value = principal * (rate * years).exp()
        doubling = Decimal(2).ln() / rate
    return name, value, doubling.quantize(Decimal('0.01'))


async def main():
    print(await asyncio.gather(grow('a', Decimal(1000), Decimal('0.05'), 3),
                               grow('b', Decimal('250.5'), Decimal('0.031'), 1)))
    for text in ('0', '1', '2', '10', '0.5', '100', '1E-7', '-3', '12345.678', '0.999999', 'Infinity', '-Infinity', 'NaN'):
        x = Decimal(text)
        ctx = getcontext()
        ctx.clear_flags()
        out = []
        for name in ('exp', 'ln', 'log10'):
            try:
                out.append(str(getattr(x, name)()))
            except InvalidOperation as e:
                out.append(type(e).__name__)
        print(text, out, flags(ctx))
    for prec in (1, 5, 40):
        for rounding in (ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_HALF_UP):
            with localcontext(prec=prec, rounding=rounding):
                print(prec, rounding, Decimal(3).exp(), Decimal(7).ln(), Decimal('0.2').log10(),
                      Decimal('1.5') ** Decimal('0.7'), Decimal(2) ** Decimal('-0.5'), Decimal(9) ** Decimal('0.5'))
    with localcontext(Emax=99, Emin=-99) as ctx:
        for x in ('300', '-300', '229.9', '-231'):
            ctx.clear_flags()
            try:
                print(x, Decimal(x).exp(), flags(ctx))
            except Overflow as e:
                print(x, type(e).__name__, flags(ctx))
    print(Decimal(1000) ** Decimal('0.5'), Decimal('0.25') ** Decimal('1.5'), Decimal(1) ** Decimal('0.3'))
    for a, b in (('-8', '0.5'), ('0', '-0.5'), ('0', '0.5')):
        try:
            print(a, b, Decimal(a) ** Decimal(b))
        except Exception as e:
            print(a, b, type(e).__name__)
    print(pow(Decimal(3), 200, 1000), pow(Decimal(-7), 3, Decimal(10)), pow(Decimal(-7), 2, -10), Context(prec=6).power(2, 50, 999))
    for args in ((Decimal('2.5'), 2, 7), (Decimal(2), -1, 7), (Decimal(2), 3, 0), (Decimal(0), 0, 5)):
        try:
            print(pow(*args))
        except InvalidOperation as e:
            print(type(e).__name__)
    c = Context(prec=6)
    print(c.exp(1), c.ln(Decimal('2.5')), c.log10(1000), c.log10(Decimal('0.001')), c.exp(Decimal('-1e-20')))
    Decimal(-1).ln()


asyncio.run(main())
