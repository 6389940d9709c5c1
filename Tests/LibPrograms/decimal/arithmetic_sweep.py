# A seeded sweep of operations under varied contexts: every result, the
# flags each raised, and the trapped signal when one was (checked against
# CPython's C decimal).
import random
from decimal import (Decimal, Context, setcontext, ROUND_DOWN, ROUND_HALF_UP,
                     ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
                     ROUND_HALF_DOWN, ROUND_05UP, InvalidOperation,
                     DivisionByZero, Overflow, Inexact, Underflow, Clamped)

rng = random.Random(2024)
ROUNDINGS = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
             ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
TRAPS = [[InvalidOperation, DivisionByZero, Overflow], [], [Inexact],
         [Underflow, Clamped]]
SPECIALS = ['Inf', '-Inf', 'NaN', '-NaN', 'NaN12', 'sNaN', '-sNaN3']


def number():
    if rng.random() < 0.03:
        return rng.choice(SPECIALS)
    digits = ''.join(rng.choice('0123456789')
                     for _ in range(rng.choice([1, 1, 2, 3, 5, 10, 20, 30])))
    exp = rng.choice([0, 0, -1, -2, -3, 1, 2, rng.randint(-40, 40)])
    return ('-' if rng.random() < 0.3 else '') + digits + 'E' + str(exp)


def spec():
    return (rng.choice(['', '', '*<', '>', '^', '=']) +
            rng.choice(['', '', '+', ' ']) +
            rng.choice(['', '', '12', '1']) + rng.choice(['', '', ',']) +
            rng.choice(['', '', '.0', '.2', '.5']) +
            rng.choice(['', 'e', 'E', 'f', 'g', 'G', '%']))


OPS = ['+', '-', '*', '/', '//', '%', 'divmod', '**', 'sqrt', 'quantize',
       'to_integral', 'normalize', 'compare', 'max', 'min', 'round', 'int',
       'float', 'neg', 'abs', 'cmp', 'format', 'eng', 'tuple']


def run(op, x, y, extra):
    if op == '+': return x + y
    if op == '-': return x - y
    if op == '*': return x * y
    if op == '/': return x / y
    if op == '//': return x // y
    if op == '%': return x % y
    if op == 'divmod': return divmod(x, y)
    if op == '**': return x ** extra
    if op == 'sqrt': return x.sqrt()
    if op == 'quantize': return x.quantize(y, rounding=extra)
    if op == 'to_integral': return x.to_integral_value(rounding=extra)
    if op == 'normalize': return x.normalize()
    if op == 'compare': return x.compare(y)
    if op == 'max': return x.max(y)
    if op == 'min': return x.min(y)
    if op == 'round': return round(x, extra) if extra is not None else round(x)
    if op == 'int': return int(x)
    if op == 'float': return float(x)
    if op == 'neg': return -x
    if op == 'abs': return abs(x)
    if op == 'cmp': return (x < y, x <= y, x == y, x != y)
    if op == 'format': return format(x, extra)
    if op == 'eng': return x.to_eng_string()
    return x.as_tuple()


for i in range(700):
    prec = rng.choice([1, 2, 3, 5, 9, 16, 28, 28, 28])
    if rng.random() < 0.15:
        emax, emin = rng.randint(1, 30), -rng.randint(1, 30)
    else:
        emax, emin = 999999, -999999
    ctx = Context(prec=prec, rounding=rng.choice(ROUNDINGS), Emin=emin,
                  Emax=emax, clamp=1 if rng.random() < 0.1 else 0,
                  traps=rng.choice(TRAPS))
    setcontext(ctx)
    op = rng.choice(OPS)
    a, b = number(), number()
    if op == 'quantize' and rng.random() < 0.7:
        b = '1E' + str(rng.randint(-12, 6))
    extra = None
    if op == '**':
        extra = rng.choice([0, 1, 2, 3, -1, -2, 5, 10, rng.randint(-30, 60)])
    elif op in ('quantize', 'to_integral'):
        extra = rng.choice(ROUNDINGS)
    elif op == 'round':
        extra = rng.choice([None, 0, 1, 2, -1, 5])
    elif op == 'format':
        extra = spec()
    try:
        result = repr(run(op, Decimal(a), Decimal(b), extra))
    except Exception as exc:
        result = f'{type(exc).__name__}: {exc}'
    flags = ','.join(s.__name__ for s, v in ctx.flags.items() if v)
    print(i, op, a, b, extra, '->', result, '|', flags)
