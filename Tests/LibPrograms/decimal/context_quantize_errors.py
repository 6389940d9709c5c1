import decimal, asyncio
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
EXPRS = r'''
D('1.10') + D('2.205'), D('1.1') * 3, D(1) / D(7), D('10') / 4, D(2).sqrt(), D('1.23456').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP)
D('-0'), D('1e3'), D('1E+3').normalize(), D('100').normalize(), D('0.000'), D(0.1), D('nan'), D('-inf'), D('3.14').as_tuple()
str(D('1e-7')), format(D('1234.5678'), ',.2f'), f"{D('0.5'):.0%}", f"{D('12.3456'):10.2f}|", round(D('2.5')), round(D('3.14159'), 3), int(D('-7.9')), float(D('1.5'))
D('1.5') < 2, D('1.5') == 1.5, D(1) == 1, hash(D('1.0')) == hash(1), D('3') % 2, D('-7') // 2, divmod(D('7.5'), 2), D('2') ** 10, abs(D('-3.2')), -D('0')
sorted([D('1.10'), D('1.1'), D('0.9')]), max(D('1'), D('1.0')), sum([D('0.1')] * 10), D('0.1') * 3 == D('0.3')
D('abc')
D(1) / 0
D('1.5') + 1.5
D(0) / 0
getcontext().prec, getcontext().rounding
c = getcontext().copy(); c.prec = 5; c.divide(D(1), D(3))
D('123.456').to_integral_value(rounding=ROUND_DOWN), D('5').scaleb(2), D('1.2300').normalize(), D('12.5').adjusted(), D('0.5').compare(D('0.6')), D('1').is_finite(), D('nan').is_nan(), D('1.0').fma(2, 3)
D('1e100000') * D('1e100000')
'''
async def main():
    with localcontext() as ctx:
        ctx.prec = 3
        print(D(1) / D(3), D('123456') + 0)
        ctx.traps[decimal.Inexact] = True
        try:
            D(1) / D(3)
        except decimal.Inexact as e:
            print('Inexact', type(e).__mro__[1].__name__)
    print(D(1) / D(3))
    for line in EXPRS.strip().split('\n'):
        try:
            if '; ' in line:
                *stmts, last = line.split('; ')
                ns = dict(globals())
                for s in stmts: exec(s, ns)
                r = eval(last, ns)
            else:
                r = eval(line)
            print(repr(r))
        except Exception as e:
            print('!', type(e).__name__, e)
asyncio.run(main())
