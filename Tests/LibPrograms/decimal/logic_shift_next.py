# Decimal's remaining operations: logb, next_plus/next_minus/next_toward,
# scaleb, shift, rotate, the logical operations, compare_total(_mag) and
# remainder_near, with their Context counterparts, flags and NaN results.
import asyncio
from decimal import Decimal, Context, localcontext, getcontext, InvalidOperation, DivisionByZero


def flags(ctx):
    return ','.join(sorted(k.__name__ for k, v in ctx.flags.items() if v))


def attempt(fn):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        return f'{fn()}|{flags(ctx)}'
    except (InvalidOperation, DivisionByZero) as e:
        return f'{type(e).__name__}|{flags(ctx)}'


async def account(name, balance, steps):
    for _ in range(steps):
        await asyncio.sleep(0.01)
        balance = balance.next_plus()
    return name, balance, balance.logb(), balance.remainder_near(Decimal(7))


async def main():
    print(await asyncio.gather(account('a', Decimal('99.99'), 2), account('b', Decimal('-0.001'), 3)))
    values = ['0', '-0', '1', '7', '1.20', '-123.456', '1E+5', '9.99999', 'Infinity', '-Infinity', 'NaN', '1101', '100']
    others = ['0', '2', '-3', '1.5', '1E+1', '10', 'Infinity', '1011', 'NaN']
    with localcontext(prec=6):
        for v in values:
            x = Decimal(v)
            print(v, attempt(x.logb), attempt(x.next_plus), attempt(x.next_minus), attempt(x.logical_invert))
            for w in others:
                y = Decimal(w)
                print('   ', w, [attempt(lambda: x.next_toward(y)), attempt(lambda: x.scaleb(y)),
                                 attempt(lambda: x.shift(y)), attempt(lambda: x.rotate(y)),
                                 attempt(lambda: x.compare_total(y)), attempt(lambda: x.compare_total_mag(y)),
                                 attempt(lambda: x.remainder_near(y)), attempt(lambda: x.logical_xor(y))])
    c = Context(prec=4, Emax=9, Emin=-9)
    print(c.next_plus(Decimal('9.999E+9')), c.next_minus(Decimal('-Infinity')), c.next_plus(0), c.logb(Decimal('0.0123')))
    print(c.logical_and(1100, 1010), c.logical_or(1100, 1010), c.rotate(1234, 1), c.shift(1234, -2), c.scaleb(Decimal('1.5'), 2))
    print(c.compare_total(Decimal('1.2'), Decimal('1.20')), c.compare_total(Decimal('-NaN'), Decimal('-Infinity')), c.copy_decimal(3), c.is_normal(Decimal('1E-10')))
    for call in (lambda: c.logb(), lambda: c.scaleb(1), lambda: c.is_canonical(1), lambda: c.logb(1.5)):
        try:
            call()
        except TypeError as e:
            print(type(e).__name__, e)
    for a, b, t in (('2', 'Infinity', '-Infinity'), ('0', 'Infinity', 'NaN'), ('NaN3', '1', 'sNaN'), ('-Infinity', '-2', '5'), ('1.5', '2', 'NaN')):
        print('fma', a, b, t, attempt(lambda: Decimal(a).fma(Decimal(b), Decimal(t))))
    Decimal(10).remainder_near(0)


asyncio.run(main())
