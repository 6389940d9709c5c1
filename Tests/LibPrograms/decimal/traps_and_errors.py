# Signals and traps: the exception classes, their messages, flags, and the
# TypeErrors of mixing Decimal with floats and strings.
import decimal
from decimal import (Decimal, getcontext, setcontext, localcontext, Context,
                     InvalidOperation, DivisionByZero, Inexact, Rounded,
                     Overflow, DecimalException, FloatOperation,
                     ExtendedContext, BasicContext, DefaultContext)


def attempt(label, fn):
    try:
        result = fn()
    except Exception as exc:
        print(f'{label}: {type(exc).__module__}.{type(exc).__name__}: {exc}')
    else:
        print(f'{label}: {result!r}')


attempt('bad literal', lambda: Decimal('abc'))
attempt('bad literal 2', lambda: Decimal('1.2.3'))
attempt('empty', lambda: Decimal(''))
attempt('1 / 0', lambda: Decimal(1) / 0)
attempt('0 / 0', lambda: Decimal(0) / Decimal(0))
attempt('1 // 0', lambda: Decimal(1) // 0)
attempt('5 % 0', lambda: Decimal(5) % 0)
attempt('inf - inf', lambda: Decimal('Infinity') - Decimal('Infinity'))
attempt('sqrt(-1)', lambda: Decimal(-1).sqrt())
attempt('quantize too big',
        lambda: Decimal('1e30').quantize(Decimal('0.01')))
attempt('divide impossible', lambda: Decimal(10) ** 40 // Decimal('0.001'))
attempt('overflow', lambda: Decimal('9e999999') * 10)
attempt('nan < 1', lambda: Decimal('NaN') < 1)
attempt('nan == nan', lambda: Decimal('NaN') == Decimal('NaN'))
attempt('0 ** 0', lambda: Decimal(0) ** 0)
attempt('int(nan)', lambda: int(Decimal('NaN')))
attempt('int(inf)', lambda: int(Decimal('-Infinity')))
attempt('round(inf)', lambda: round(Decimal('Infinity')))
attempt('hash(snan)', lambda: hash(Decimal('sNaN')))
attempt('float(snan)', lambda: float(Decimal('sNaN')))
attempt('Decimal + float', lambda: Decimal(1) + 1.5)
attempt('float * Decimal', lambda: 2.0 * Decimal(1))
attempt('Decimal - str', lambda: Decimal(1) - 'x')
attempt('Decimal < str', lambda: Decimal(1) < 'x')
attempt('Decimal(list)', lambda: Decimal({'a': 1}))
attempt('bad tuple', lambda: Decimal((0, (1, 12), 0)))
attempt('bad sign', lambda: Decimal((3, (1,), 0)))
attempt('bad exp', lambda: Decimal((0, (1,), 'x')))
attempt('quantize float', lambda: Decimal(1).quantize(0.1))
attempt('round(d, str)', lambda: round(Decimal(1), 'x'))
attempt('prec 0', lambda: Context(prec=0))
attempt('rounding', lambda: setattr(getcontext(), 'rounding', 'UP'))

print(issubclass(decimal.DivisionByZero, ZeroDivisionError),
      issubclass(decimal.InvalidOperation, ArithmeticError),
      issubclass(decimal.FloatOperation, TypeError),
      issubclass(decimal.Overflow, Inexact),
      issubclass(decimal.ConversionSyntax, InvalidOperation))
try:
    Decimal(3) / 0
except ZeroDivisionError as exc:
    print('caught as ZeroDivisionError:', exc.args)
try:
    Decimal('x1')
except DecimalException as exc:
    print('caught as DecimalException:', repr(exc))

# untrapped: results become NaN / Infinity and flags are set
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    ctx.traps[DivisionByZero] = False
    print(Decimal('abc'), Decimal(1) / 0, -Decimal(1) / 0, Decimal(0) / 0)
    print(sorted(s.__name__ for s, v in ctx.flags.items() if v))
print(getcontext().flags[InvalidOperation])

# trapping Inexact catches lossy divisions
with localcontext() as ctx:
    ctx.traps[Inexact] = True
    print(Decimal(1) / 4)
    try:
        Decimal(1) / 3
    except Inexact as exc:
        print('inexact:', exc)

# FloatOperation trapped: constructor and equality are silent, ordering not
with localcontext() as ctx:
    ctx.traps[FloatOperation] = True
    print(Decimal.from_float(0.5), Decimal('0.5') == 0.5)
    try:
        Decimal(0.5)
    except FloatOperation as exc:
        print('float constructor:', exc)
    try:
        Decimal('0.5') < 0.7
    except FloatOperation as exc:
        print('float operation:', exc)

# ExtendedContext never traps; BasicContext rounds half-up to 9 digits
setcontext(ExtendedContext)
print(getcontext().prec, Decimal(1) / 0, Decimal(2) / 3)
setcontext(BasicContext)
print(Decimal(2) / 3, Decimal(1) / 7)
setcontext(DefaultContext)
print(getcontext())
c = Context(prec=6, traps=[Overflow], Emax=10)
print(c.divide(Decimal(1), Decimal(3)), c.create_decimal('3.14159265'),
      c.power(Decimal(2), 10), c.sqrt(Decimal(10)))
try:
    c.multiply(Decimal('9e10'), 10)
except Overflow as exc:
    print('overflow:', exc)
print(c)

# an uncaught trap ends the program with CPython's traceback line
total = Decimal('19.99') * 3
print('total', total)
Decimal('12,50')
