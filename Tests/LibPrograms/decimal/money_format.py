# Money: quantize with rounding modes, format specs, localcontext, invoices.
from decimal import (Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN,
                     ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN,
                     ROUND_05UP, localcontext, getcontext)

CENTS = Decimal('0.01')
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR,
         ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP]
values = ['2.675', '2.665', '-2.675', '1.005', '0.125', '-0.005', '7.3251',
          '99.995', '0.051', '-1.015']
print('value'.ljust(8) + ''.join(m[6:].ljust(11) for m in modes))
for v in values:
    d = Decimal(v)
    print(v.ljust(8) + ''.join(str(d.quantize(CENTS, rounding=m)).ljust(11)
                               for m in modes))


def money(amount, symbol='$'):
    amount = Decimal(amount).quantize(CENTS, ROUND_HALF_UP)
    sign = '-' if amount < 0 else ''
    return f'{sign}{symbol}{abs(amount):,.2f}'


for a in ['0', '1234567.891', '-42.5', '0.005', '1e6', '-0.004']:
    print(a.rjust(12), money(a))

# an invoice with tax, rounded per line and in total
items = [('Widget', 3, Decimal('19.99')), ('Gadget', 1, Decimal('249.50')),
         ('Gizmo', 12, Decimal('0.333')), ('Doohickey', 7, Decimal('4.2'))]
tax_rate = Decimal('0.0825')
subtotal = Decimal(0)
for name, qty, price in items:
    line = (price * qty).quantize(CENTS, ROUND_HALF_UP)
    subtotal += line
    print(f'{name:<10}{qty:>4} x {price:>8} = {line:>10,.2f}')
tax = (subtotal * tax_rate).quantize(CENTS, ROUND_HALF_UP)
print(f'{"subtotal":<27}{subtotal:>10,.2f}')
print(f'{"tax " + format(tax_rate, ".2%"):<27}{tax:>10,.2f}')
print(f'{"total":<27}{subtotal + tax:>10,.2f}')

# format specs
d = Decimal('1234567.891')
for spec in ['', '.2f', ',.2f', '>15,.2f', '<15.1f', '^15.3f', '*^15,.1f',
             '+.2f', ' .2f', '015,.2f', 'e', '.3e', 'E', '.4g', 'g', '%',
             '.1%', '10.4', 'f', '.0f', '=+15,.2f', 'z.2f']:
    print(repr(spec).ljust(12), repr(format(d, spec)),
          repr(format(-d / 1000000000, spec)))
print(format(Decimal('-0.0001'), 'z.2f'), format(Decimal('-0.0001'), '.2f'))
print(format(Decimal('NaN'), '>8'), format(Decimal('-Infinity'), '.2f'),
      format(Decimal('1E+5'), 'f'), format(Decimal('1.50'), ''))
print('{:.2f} {:,} {:>10} {!r}'.format(Decimal('3.14159'),
                                      Decimal('1000000'),
                                      Decimal('2.5'), Decimal('2.5')))
print('%s %r %.2f %d' % (Decimal('1.10'), Decimal('1.10'), Decimal('2.675'),
                        Decimal('7.9')))

# localcontext: precision and rounding for a block only
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal('123456789') + 0)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(Decimal(1) / Decimal(7), getcontext().prec, getcontext().rounding)
with localcontext(prec=3, rounding=ROUND_UP) as ctx:
    print(Decimal('1.2345') * 1, ctx.prec, ctx.rounding)
print(Decimal('1.2345') * 1)

# interest compounding, exact to the cent
balance = Decimal('1000.00')
rate = Decimal('0.035') / 12
for month in range(1, 13):
    interest = (balance * rate).quantize(CENTS, ROUND_HALF_EVEN)
    balance += interest
    if month % 3 == 0:
        print(f'month {month:2}: interest {interest:>6} balance {balance:>9}')

# splitting a bill so the cents add up
total = Decimal('100.00')
people = 3
share = (total / people).quantize(CENTS, ROUND_DOWN)
shares = [share] * people
shares[0] += total - share * people
print(shares, sum(shares))
