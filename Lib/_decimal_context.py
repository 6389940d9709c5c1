"""decimal's signals, rounding modes and Context (Lib/decimal.py uses them).

The classes say they live in `decimal`, as CPython's C module's do, so a
trapped signal prints as `decimal.InvalidOperation: [<class
'decimal.ConversionSyntax'>]`.
"""

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    __module__ = 'decimal'


class Clamped(DecimalException):
    __module__ = 'decimal'


class InvalidOperation(DecimalException):
    __module__ = 'decimal'


class ConversionSyntax(InvalidOperation):
    __module__ = 'decimal'


class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = 'decimal'


class DivisionImpossible(InvalidOperation):
    __module__ = 'decimal'


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = 'decimal'


class Inexact(DecimalException):
    __module__ = 'decimal'


class InvalidContext(InvalidOperation):
    __module__ = 'decimal'


class Rounded(DecimalException):
    __module__ = 'decimal'


class Subnormal(DecimalException):
    __module__ = 'decimal'


class Overflow(Inexact, Rounded):
    __module__ = 'decimal'


class Underflow(Inexact, Rounded, Subnormal):
    __module__ = 'decimal'


class FloatOperation(DecimalException, TypeError):
    __module__ = 'decimal'


# CPython's order: the first trapped signal of an operation is raised, with
# the list of every trapped condition (InvalidOperation's conditions first).
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped]
_CONDITIONS = [InvalidOperation, ConversionSyntax, DivisionImpossible,
               DivisionUndefined, InvalidContext]


# Context.__repr__ lists signals in libmpdec's flag-bit order.
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow]


def _signal_of(condition):
    return InvalidOperation if condition in _CONDITIONS else condition


class _SignalDict(dict):
    """Context.flags / Context.traps: a signal -> bool mapping."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(key)
        dict.__setitem__(self, key, bool(value))

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (k, self[k]) for k in _SIGNALS) + '}'


def _signal_dict(source):
    d = _SignalDict()
    for s in _SIGNALS:
        dict.__setitem__(d, s, False)
    if source is None:
        return d
    if isinstance(source, dict):
        for k, v in source.items():
            d[k] = v
    else:
        for k in source:
            d[k] = True
    return d


def _bad_rounding():
    return TypeError(
        "valid values for rounding are:\n"
        "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
        "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
        "   ROUND_05UP]")


class Context(object):
    """The arithmetic context: precision, rounding, exponent limits, flags
    and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = _default_template
        self.prec = base.prec if prec is None else prec
        self.rounding = base.rounding if rounding is None else rounding
        self.Emin = base.Emin if Emin is None else Emin
        self.Emax = base.Emax if Emax is None else Emax
        self.capitals = base.capitals if capitals is None else capitals
        self.clamp = base.clamp if clamp is None else clamp
        self.flags = _signal_dict(flags)
        if traps is None:
            self.traps = _signal_dict(k for k, v in base.traps.items() if v)
        else:
            self.traps = _signal_dict(traps)

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise _bad_rounding()
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'capitals':
            if value not in (0, 1) or not isinstance(value, int):
                raise ValueError('valid values for capitals are 0 or 1')
        elif name == 'clamp':
            if value not in (0, 1) or not isinstance(value, int):
                raise ValueError('valid values for clamp are 0 or 1')
        elif name in ('flags', 'traps'):
            if not isinstance(value, _SignalDict):
                value = _signal_dict(value)
        else:
            raise AttributeError(
                "'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, '
                'capitals=%d, clamp=%d, flags=[%s], traps=[%s])' %
                (self.prec, self.rounding, self.Emin, self.Emax,
                 self.capitals, self.clamp, ', '.join(flags),
                 ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp,
                       {k: v for k, v in self.flags.items()},
                       {k: v for k, v in self.traps.items()})

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _apply(self, conditions):
        """Record an operation's conditions in the flags; raise the first
        trapped signal (CPython's order) with the list of trapped ones."""
        if not conditions:
            return
        for c in conditions:
            dict.__setitem__(self.flags, _signal_of(c), True)
        trapped = [c for c in _CONDITIONS if c in conditions
                   and self.traps[InvalidOperation]]
        trapped += [s for s in _SIGNALS[1:] if s in conditions
                    and self.traps[s]]
        if trapped:
            first = None
            for s in _SIGNALS:
                if any(_signal_of(c) is s for c in trapped):
                    first = s
                    break
            raise first(trapped)


class _Template(object):
    pass


_default_template = _Template()
_default_template.prec = 28
_default_template.rounding = ROUND_HALF_EVEN
_default_template.Emin = -999999
_default_template.Emax = 999999
_default_template.capitals = 1
_default_template.clamp = 0
_default_template.traps = {s: s in (InvalidOperation, DivisionByZero,
                                    Overflow) for s in _SIGNALS}
