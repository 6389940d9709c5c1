"""decimal: decimal fixed- and floating-point arithmetic (CPython 3.11's
behaviour for the common subset).

A Decimal is (sign, coefficient, exponent) or a special value: 'F' (an
infinity), 'n' (a quiet NaN) or 'N' (a signalling NaN), whose coefficient
is the NaN's payload. Every operation computes the exact result (or, for
division and square roots, enough digits plus a sticky digit) and rounds it
once through `_finish`, collecting the conditions it raised; the context
then records them and raises the first trapped one, as libmpdec does.
Operations outside the subset (ln, exp, non-integer powers, ...) raise
NotImplementedError naming themselves.
"""

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple
import contextvars as _contextvars

from _decimal_context import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
    ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, MAX_PREC, MAX_EMAX, MIN_EMIN,
    MIN_ETINY, DecimalException, Clamped, InvalidOperation, ConversionSyntax,
    DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
    InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation,
    _bad_rounding, _ROUNDINGS)
import _decimal_context
from _decimal_format import format_decimal as _format_decimal, _istr, _iparse
import _decimal_transcendental as _transc

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent',
                           module='decimal')

_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _unsupported(name):
    raise NotImplementedError(
        "decimal: %s is not supported by Interleave's decimal module" % name)


def _ndigits(n):
    return len(_istr(n)) if n else 1


# ---------------------------------------------------------------- rounding

def _round_drop(sign, coef, drop, rounding):
    """Drop `drop` (> 0) low digits of coef, rounding; returns
    (new coefficient, inexact)."""
    nd = _ndigits(coef)
    if drop > nd + 1:
        coef, drop = (1 if coef else 0), 2
    p = 10 ** drop
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    half = p // 2
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


def _overflow_result(sign, ctx, r, prec):
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign)):
        return _special(sign, 'F')
    return _make(sign, 10 ** prec - 1, ctx.Emax - prec + 1)


def _finish(sign, coef, exp, ctx, conds, prec=None, rounding=None):
    """Round (sign, coef, exp) to the context, adding conditions to conds."""
    if prec is None:
        prec = ctx.prec
    if rounding is None:
        rounding = ctx.rounding
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    if coef == 0:
        emax = etop if ctx.clamp else ctx.Emax
        e = min(max(exp, etiny), emax)
        if e != exp:
            conds.add(Clamped)
        return _make(sign, 0, e)
    nd = _ndigits(coef)
    emin_needed = exp + nd - prec
    if emin_needed > etop:
        conds.update((Overflow, Inexact, Rounded))
        return _overflow_result(sign, ctx, rounding, prec)
    subnormal = exp + nd - 1 < ctx.Emin
    if subnormal and emin_needed < etiny:
        emin_needed = etiny
    if exp < emin_needed:
        drop = emin_needed - exp
        coef, inexact = _round_drop(sign, coef, drop, rounding)
        exp = emin_needed
        if _ndigits(coef) > prec:
            coef //= 10
            exp += 1
            if exp > etop:
                conds.update((Overflow, Inexact, Rounded))
                return _overflow_result(sign, ctx, rounding, prec)
        conds.add(Rounded)
        if inexact:
            conds.add(Inexact)
            if subnormal:
                conds.add(Underflow)
        if subnormal:
            conds.add(Subnormal)
            if coef == 0:
                conds.add(Clamped)
    elif subnormal:
        conds.add(Subnormal)
    if ctx.clamp and exp > etop:
        coef *= 10 ** (exp - etop)
        exp = etop
        conds.add(Clamped)
    return _make(sign, coef, exp)


# ---------------------------------------------------------------- parsing

def _parse(text):
    """(sign, coef, exp, special) from a numeric string, or None."""
    s = text.strip().replace('_', '')
    if not s.isascii():
        out = []
        for ch in s:
            if ch.isascii():
                out.append(ch)
            elif ch.isdigit():
                out.append(str(int(ch)))
            else:
                return None
        s = ''.join(out)
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for prefix, kind in (('nan', 'n'), ('snan', 'N')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, _iparse(payload or '0'), 0, kind
    mant, e, exptext = low.partition('e')
    exp = 0
    if e:
        if exptext[:1] in '+-':
            digits = exptext[1:]
        else:
            digits = exptext
        if not digits or not digits.isdigit():
            return None
        exp = int(exptext)
    intpart, dot, frac = mant.partition('.')
    if not intpart and not frac:
        return None
    if (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()):
        return None
    return sign, _iparse(intpart + frac), exp - len(frac), ''


# ---------------------------------------------------------------- Decimal

from _c_types import c_type_name as _c_type_name


@_c_type_name
class Decimal(object):
    """Floating-point decimal number (CPython's decimal.Decimal)."""

    __slots__ = ('_sign', '_coef', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _context(context)
                ctx._apply({ConversionSyntax})
                parsed = (0, 0, 0, 'n')
            self._sign, self._coef, self._exp, self._special = parsed
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._coef = abs(value)
            self._exp = 0
            self._special = ''
            return self
        if isinstance(value, Decimal):
            self._sign, self._coef = value._sign, value._coef
            self._exp, self._special = value._exp, value._special
            return self
        if isinstance(value, float):
            _context(context)._apply({FloatOperation})
            d = _from_float(value)
            self._sign, self._coef = d._sign, d._coef
            self._exp, self._special = d._exp, d._special
            return self
        if isinstance(value, (list, tuple)):
            self._sign, self._coef, self._exp, self._special = \
                _from_tuple(value)
            return self
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = Decimal(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # ---- predicates and parts
    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._coef == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or self._coef == 0:
            return False
        return self.adjusted() >= _context(context).Emin

    def is_subnormal(self, context=None):
        if self._special or self._coef == 0:
            return False
        return self.adjusted() < _context(context).Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def as_tuple(self):
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            digits = tuple(map(int, _istr(self._coef))) if self._coef else ()
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, tuple(map(int, _istr(self._coef))),
                            self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        n = -self._coef if self._sign else self._coef
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = _math.gcd(n, d)
        return n // g, d // g

    def canonical(self):
        return self

    def copy_abs(self):
        return _make(0, self._coef, self._exp, self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._coef, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, 'copy_sign', strict=True)
        return _make(other._sign, self._coef, self._exp, self._special)

    def number_class(self, context=None):
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if self._coef == 0:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # ---- strings
    def __str__(self):
        return self.to_sci_string()

    def to_sci_string(self, context=None, eng=False):
        capitals = _context(context).capitals
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            name = 'NaN' if self._special == 'n' else 'sNaN'
            return sign + name + (_istr(self._coef) if self._coef else '')
        digits = _istr(self._coef)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dot = leftdigits
        elif not eng:
            dot = 1
        elif self._coef == 0:
            dot = (leftdigits + 1) % 3 - 1
        else:
            dot = (leftdigits - 1) % 3 + 1
        if dot <= 0:
            text = '0.' + '0' * -dot + digits
        elif dot >= len(digits):
            text = digits + '0' * (dot - len(digits))
        else:
            text = digits[:dot] + '.' + digits[dot:]
        if leftdigits != dot:
            text += ('E' if capitals else 'e') + '%+d' % (leftdigits - dot)
        return sign + text

    def to_eng_string(self, context=None):
        return self.to_sci_string(context, eng=True)

    def __repr__(self):
        return "Decimal('%s')" % self

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError('format spec must be a string')
        return _format_decimal(self, spec, getcontext())

    # ---- conversions
    def __bool__(self):
        return bool(self._special) or self._coef != 0

    def _integral_check(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._special:
            raise ValueError('cannot convert NaN to integer')

    def __int__(self):
        self._integral_check()
        if self._exp >= 0:
            n = self._coef * 10 ** self._exp
        else:
            n = self._coef // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special == 'N':
            raise ValueError('cannot convert signaling NaN to float')
        if self._special == 'n':
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        self._integral_check()
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        self._integral_check()
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_make(0, 1, -n))
        self._integral_check()
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def _rescale(self, exp, rounding):
        """Exact value moved to exponent `exp` (rounding when digits are
        dropped); no context checks. Finite self only."""
        if self._exp >= exp:
            return _make(self._sign, self._coef * 10 ** (self._exp - exp), exp)
        coef, _ = _round_drop(self._sign, self._coef, exp - self._exp,
                              rounding)
        return _make(self._sign, coef, exp)

    # ---- hashing and comparison
    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == 'n':
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            e = pow(10, self._exp, _HASH_MODULUS)
        else:
            e = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._coef * e % _HASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def _cmp_key(self, other):
        """-1/0/1 comparing two non-NaN decimals."""
        if self._special or other._special:
            a = 0 if not self._special else (-1 if self._sign else 1)
            b = 0 if not other._special else (-1 if other._sign else 1)
            if a or b:
                if a != b:
                    return -1 if a < b else 1
                if a:
                    return 0
        if self._coef == 0 and other._coef == 0:
            return 0
        if self._coef == 0:
            return 1 if other._sign else -1
        if other._coef == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        a_adj, b_adj = self.adjusted(), other.adjusted()
        if a_adj != b_adj:
            r = 1 if a_adj > b_adj else -1
        else:
            e = min(self._exp, other._exp)
            x = self._coef * 10 ** (self._exp - e)
            y = other._coef * 10 ** (other._exp - e)
            r = (x > y) - (x < y)
        return -r if self._sign else r

    def _compare_other(self, other, op):
        """(self, other) as Decimals for comparison, or NotImplemented."""
        if isinstance(other, Decimal):
            return self, other
        if isinstance(other, int):
            return self, Decimal(other)
        if isinstance(other, float):
            ctx = getcontext()
            if op in ('==', '!='):
                # equality is silent even when FloatOperation is trapped
                dict.__setitem__(ctx.flags, FloatOperation, True)
            else:
                ctx._apply({FloatOperation})
            return self, _from_float(other)
        if isinstance(other, _numbers.Rational):
            # compare self * denominator with the numerator, exactly
            if self._special:
                return self, Decimal(other.numerator)
            scaled = _make(self._sign, self._coef * other.denominator,
                           self._exp)
            return scaled, Decimal(other.numerator)
        if isinstance(other, complex) and op in ('==', '!='):
            if other.imag == 0:
                return self._compare_other(other.real, op)
        return NotImplemented

    def __eq__(self, other):
        pair = self._compare_other(other, '==')
        if pair is NotImplemented:
            return NotImplemented
        a, b = pair
        if a.is_nan() or b.is_nan():
            if a._special == 'N' or b._special == 'N':
                getcontext()._apply({InvalidOperation})
            return False
        return a._cmp_key(b) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        pair = self._compare_other(other, op)
        if pair is NotImplemented:
            if type(other) in _FOREIGN or \
                    not _defines(type(other), _SWAPPED[op]):
                raise TypeError(
                    "'%s' not supported between instances of "
                    "'decimal.Decimal' and '%s'" % (op, type(other).__name__))
            return None
        a, b = pair
        if a.is_nan() or b.is_nan():
            getcontext()._apply({InvalidOperation})
            return False
        return a._cmp_key(b)

    def __lt__(self, other):
        c = self._order(other, '<')
        return NotImplemented if c is None else (c is not False and c < 0)

    def __le__(self, other):
        c = self._order(other, '<=')
        return NotImplemented if c is None else (c is not False and c <= 0)

    def __gt__(self, other):
        c = self._order(other, '>')
        return NotImplemented if c is None else (c is not False and c > 0)

    def __ge__(self, other):
        c = self._order(other, '>=')
        return NotImplemented if c is None else (c is not False and c >= 0)

    def compare(self, other, context=None):
        other = _convert(other, 'compare', strict=True)
        ctx = _context(context)
        conds = set()
        nan = _check_nans(self, other, ctx, conds)
        if nan is not None:
            ctx._apply(conds)
            return nan
        return Decimal(self._cmp_key(other))

    def compare_signal(self, other, context=None):
        other = _convert(other, 'compare_signal', strict=True)
        ctx = _context(context)
        if self.is_nan() or other.is_nan():
            conds = {InvalidOperation}
            ctx._apply(conds)
            return _nan()
        return Decimal(self._cmp_key(other))

    def _minmax(self, other, context, want_max, name, by_abs=False):
        other = _convert(other, name, strict=True)
        ctx = _context(context)
        conds = set()
        if self.is_nan() or other.is_nan():
            if self._special == 'N' or other._special == 'N' or \
                    (self.is_nan() and other.is_nan()):
                r = _check_nans(self, other, ctx, conds)
                ctx._apply(conds)
                return r
            r = other if self.is_nan() else self
            r = _finish_any(r, ctx, conds)
            ctx._apply(conds)
            return r
        a, b = (self.copy_abs(), other.copy_abs()) if by_abs else \
            (self, other)
        c = a._cmp_key(b)
        if c == 0:
            c = _total_tiebreak(self, other)
        pick = self if (c > 0) == want_max else other
        if c == 0:
            pick = self
        r = _finish_any(pick, ctx, conds)
        ctx._apply(conds)
        return r

    def max(self, other, context=None):
        return self._minmax(other, context, True, 'max')

    def min(self, other, context=None):
        return self._minmax(other, context, False, 'min')

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, 'max_mag', True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, 'min_mag', True)

    # ---- arithmetic
    def __add__(self, other, context=None):
        return _binary(self, other, context, _add, '+', False)

    def __radd__(self, other, context=None):
        return _binary(self, other, context, _add, '+', True)

    def __sub__(self, other, context=None):
        return _binary(self, other, context, _sub, '-', False)

    def __rsub__(self, other, context=None):
        return _binary(self, other, context, _sub, '-', True)

    def __mul__(self, other, context=None):
        return _binary(self, other, context, _mul, '*', False)

    def __rmul__(self, other, context=None):
        return _binary(self, other, context, _mul, '*', True)

    def __truediv__(self, other, context=None):
        return _binary(self, other, context, _div, '/', False)

    def __rtruediv__(self, other, context=None):
        return _binary(self, other, context, _div, '/', True)

    def __floordiv__(self, other, context=None):
        return _binary(self, other, context, _divint, '//', False)

    def __rfloordiv__(self, other, context=None):
        return _binary(self, other, context, _divint, '//', True)

    def __mod__(self, other, context=None):
        return _binary(self, other, context, _rem, '%', False)

    def __rmod__(self, other, context=None):
        return _binary(self, other, context, _rem, '%', True)

    def __divmod__(self, other, context=None):
        return _binary(self, other, context, _divmod, 'divmod()', False)

    def __rdivmod__(self, other, context=None):
        return _binary(self, other, context, _divmod, 'divmod()', True)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            b = _convert(other, 'pow', strict=True)
            m = _convert(modulo, 'pow', strict=True)
            ctx = _context(context)
            conds = set()
            r = _pow_modulo(self, b, m, ctx, conds)
            ctx._apply(conds)
            return r
        return _binary(self, other, context, _pow, '** or pow()', False)

    def __rpow__(self, other, modulo=None, context=None):
        if modulo is not None:
            _unsupported('three-argument pow() of a Decimal')
        return _binary(self, other, context, _pow, '** or pow()', True)

    def __neg__(self, context=None):
        return _unary(self, context, 'minus')

    def __pos__(self, context=None):
        return _unary(self, context, 'plus')

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return _unary(self, context, 'abs')

    def sqrt(self, context=None):
        ctx = _context(context)
        conds = set()
        r = _sqrt(self, ctx, conds)
        ctx._apply(conds)
        return r

    def exp(self, context=None):
        """e ** self, correctly rounded (half-even)."""
        return _apply_unary(_exp, self, context)

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (half-even)."""
        return _apply_unary(_ln, self, context)

    def log10(self, context=None):
        """The base-10 logarithm, correctly rounded (half-even)."""
        return _apply_unary(_log10, self, context)

    def fma(self, other, third, context=None):
        other = _convert(other, 'fma', strict=True)
        third = _convert(third, 'fma', strict=True)
        ctx = _context(context)
        conds = set()
        if self._special or other._special or third._special:
            # The exact product (its NaNs and inf * 0), then the sum.
            r = _add(_mul(self, other, _MAXCTX, conds), third, ctx, conds)
            ctx._apply(conds)
            return r
        product = _make(self._sign ^ other._sign, self._coef * other._coef,
                        self._exp + other._exp)
        r = _add(product, third, ctx, conds)
        ctx._apply(conds)
        return r

    # ---- rounding to an exponent
    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, 'quantize', strict=True)
        ctx = _context(context)
        if rounding is None:
            rounding = ctx.rounding
        elif rounding not in _ROUNDINGS:
            raise _bad_rounding()
        conds = set()
        r = _quantize(self, exp, rounding, ctx, conds)
        ctx._apply(conds)
        return r

    def same_quantum(self, other, context=None):
        other = _convert(other, 'same_quantum', strict=True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or \
                (self._special == other._special == 'F')
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        return self._to_integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._to_integral(rounding, context, True)

    def _to_integral(self, rounding, context, exact):
        ctx = _context(context)
        if rounding is None:
            rounding = ctx.rounding
        elif rounding not in _ROUNDINGS:
            raise _bad_rounding()
        if self._special:
            conds = set()
            r = _check_nans(self, None, ctx, conds)
            ctx._apply(conds)
            return self if r is None else r
        if self._exp >= 0:
            return self
        coef, inexact = _round_drop(self._sign, self._coef, -self._exp,
                                    rounding)
        if exact:
            conds = {Rounded}
            if inexact:
                conds.add(Inexact)
            ctx._apply(conds)
        return _make(self._sign, coef, 0)

    def normalize(self, context=None):
        ctx = _context(context)
        conds = set()
        if self._special:
            r = _check_nans(self, None, ctx, conds)
            ctx._apply(conds)
            return self if r is None else r
        r = _finish(self._sign, self._coef, self._exp, ctx, conds)
        if not r._special:
            if r._coef == 0:
                r = _make(r._sign, 0, 0)
            else:
                coef, exp = r._coef, r._exp
                emax = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
                while coef % 10 == 0 and exp < emax:
                    coef //= 10
                    exp += 1
                r = _make(r._sign, coef, exp)
        ctx._apply(conds)
        return r

    reduce = normalize

    # ---- identity for copy/pickle
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (str(self),))


_numbers.Number.register(Decimal)

# Builtin types that never handle a Decimal operand: mixing raises at once
# with CPython's wording ('decimal.Decimal' is the C type's name).
_FOREIGN = (float, complex, str, bytes, list, tuple, dict, set, frozenset,
            type(None), bytearray)


def _make(sign, coef, exp, special=''):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._special = special
    return d


def _special(sign, kind, payload=0):
    return _make(sign, payload, 0, kind)


def _nan():
    return _make(0, 0, 0, 'n')


def _from_float(f):
    if f != f:
        return _make(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, 'n')
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _special(sign, 'F')
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _make(sign, n * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must "
                             "be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dgt in digits:
        if not isinstance(dgt, int) or not 0 <= dgt <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dgt
    if exp == 'F':
        return sign, 0, 0, 'F'
    if isinstance(exp, str):
        return sign, coef, 0, exp
    return sign, coef, exp, ''


def _context(context):
    if context is None:
        return getcontext()
    if not isinstance(context, _decimal_context.Context):
        raise TypeError('optional argument must be a context')
    return context


def _convert(other, name, strict=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(other).__name__)
    return NotImplemented


_SWAPPED = {'<': '__gt__', '<=': '__ge__', '>': '__lt__', '>=': '__le__'}


def _defines(cls, name):
    """Whether a class below object defines the method `name`."""
    return any(name in vars(k) for k in cls.__mro__ if k is not object)


_REFLECTED = {'+': '__radd__', '-': '__rsub__', '*': '__rmul__',
              '/': '__rtruediv__', '//': '__rfloordiv__', '%': '__rmod__',
              'divmod()': '__rdivmod__', '** or pow()': '__rpow__'}


def _binary(self, other, context, op, symbol, reflected):
    o = _convert(other, symbol)
    if o is NotImplemented:
        # Raise here, naming 'decimal.Decimal' as CPython's C type does:
        # the other operand's forward method already declined (reflected),
        # or Python would try its reflected method next and raise if that
        # declines too, so that is tried here.
        if not reflected and type(other) not in _FOREIGN and \
                hasattr(type(other), _REFLECTED[symbol]):
            r = getattr(type(other), _REFLECTED[symbol])(other, self)
            if r is not NotImplemented:
                return r
        names = ("'decimal.Decimal'", "'%s'" % type(other).__name__)
        if reflected:
            names = names[::-1]
        raise TypeError('unsupported operand type(s) for %s: %s and %s'
                        % ((symbol,) + names))
    a, b = (o, self) if reflected else (self, o)
    ctx = _context(context)
    conds = set()
    r = op(a, b, ctx, conds)
    ctx._apply(conds)
    return r


def _apply_unary(op, x, context):
    ctx = _context(context)
    conds = set()
    r = op(x, ctx, conds)
    ctx._apply(conds)
    return r


def _check_nans(a, b, ctx, conds):
    """The NaN result of an operation on a NaN operand, or None."""
    for x in (a, b):
        if x is not None and x._special == 'N':
            conds.add(InvalidOperation)
            return _fix_nan(_make(x._sign, x._coef, 0, 'n'), ctx)
    for x in (a, b):
        if x is not None and x._special == 'n':
            return _fix_nan(x, ctx)
    return None


def _fix_nan(x, ctx):
    limit = ctx.prec - ctx.clamp
    if x._coef and _ndigits(x._coef) > limit:
        return _make(x._sign, x._coef % 10 ** limit, 0, 'n')
    return x


def _finish_any(x, ctx, conds):
    if x._special:
        return x
    return _finish(x._sign, x._coef, x._exp, ctx, conds)


def _total_tiebreak(a, b):
    """Order of numerically equal a, b for max/min: by sign, then exponent."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    if a._exp == b._exp:
        return 0
    r = 1 if a._exp > b._exp else -1
    return -r if a._sign else r


def _unary(x, context, kind):
    ctx = _context(context)
    conds = set()
    if x._special:
        r = _check_nans(x, None, ctx, conds)
        if r is None:
            sign = 0 if kind == 'abs' else (1 - x._sign if kind == 'minus'
                                            else x._sign)
            r = _special(sign, 'F')
    else:
        sign = {'abs': 0, 'minus': 1 - x._sign, 'plus': x._sign}[kind]
        if x._coef == 0 and ctx.rounding != ROUND_FLOOR:
            sign = 0
        r = _finish(sign, x._coef, x._exp, ctx, conds)
    ctx._apply(conds)
    return r


# ---------------------------------------------------------------- operations

def _add(a, b, ctx, conds):
    if a._special or b._special:
        r = _check_nans(a, b, ctx, conds)
        if r is not None:
            return r
        if a._special == 'F':
            if b._special == 'F' and a._sign != b._sign:
                conds.add(InvalidOperation)
                return _nan()
            return _special(a._sign, 'F')
        return _special(b._sign, 'F')
    exp = min(a._exp, b._exp)
    if a._coef == 0 or b._coef == 0:
        if a._coef == 0 and b._coef == 0:
            if a._sign == b._sign:
                sign = a._sign
            else:
                sign = 1 if ctx.rounding == ROUND_FLOOR else 0
            return _finish(sign, 0, exp, ctx, conds)
        nz = b if a._coef == 0 else a
        # The zero only lowers the exponent, within the precision.
        e = max(exp, nz._exp + _ndigits(nz._coef) - ctx.prec - 1)
        e = min(e, nz._exp)
        return _finish(nz._sign, nz._coef * 10 ** (nz._exp - e), e, ctx,
                       conds)
    a, b = _align_far(a, b, ctx)
    exp = min(a._exp, b._exp)
    x = a._coef * 10 ** (a._exp - exp)
    y = b._coef * 10 ** (b._exp - exp)
    x = -x if a._sign else x
    y = -y if b._sign else y
    total = x + y
    if total == 0:
        sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _finish(sign, 0, exp, ctx, conds)
    return _finish(1 if total < 0 else 0, abs(total), exp, ctx, conds)


def _align_far(a, b, ctx):
    """When one operand lies wholly below the other's rounding window,
    replace it by a one-digit sticky value just below that window (same
    rounding, small integers)."""
    if a.adjusted() < b.adjusted():
        big, small, swap = b, a, True
    else:
        big, small, swap = a, b, False
    big_digits = _ndigits(big._coef)
    floor_exp = min(big._exp, big.adjusted() - ctx.prec - 1) - 1
    if small.adjusted() < floor_exp:
        small = _make(small._sign, 1, floor_exp)
    return (small, big) if swap else (big, small)


def _sub(a, b, ctx, conds):
    if b._special in ('n', 'N'):
        return _add(a, b, ctx, conds)
    return _add(a, b.copy_negate(), ctx, conds)


def _mul(a, b, ctx, conds):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _check_nans(a, b, ctx, conds)
        if r is not None:
            return r
        if (a._special == 'F' and b.is_zero()) or \
                (b._special == 'F' and a.is_zero()):
            conds.add(InvalidOperation)
            return _nan()
        return _special(sign, 'F')
    return _finish(sign, a._coef * b._coef, a._exp + b._exp, ctx, conds)


def _div(a, b, ctx, conds, prec=None):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _check_nans(a, b, ctx, conds)
        if r is not None:
            return r
        if a._special == 'F' and b._special == 'F':
            conds.add(InvalidOperation)
            return _nan()
        if a._special == 'F':
            return _special(sign, 'F')
        conds.add(Clamped)
        return _make(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._coef == 0:
        if a._coef == 0:
            conds.add(DivisionUndefined)
            return _nan()
        conds.add(DivisionByZero)
        return _special(sign, 'F')
    ideal = a._exp - b._exp
    if a._coef == 0:
        return _finish(sign, 0, ideal, ctx, conds, prec)
    p = ctx.prec if prec is None else prec
    shift = _ndigits(b._coef) - _ndigits(a._coef) + p + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._coef * 10 ** shift, b._coef)
    else:
        q, r = divmod(a._coef, b._coef * 10 ** -shift)
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(sign, q, exp, ctx, conds, prec)


def _divmod_core(a, b, ctx, conds):
    """Truncated integer quotient and remainder of finite a, b (b != 0);
    None after signalling DivisionImpossible."""
    exp = min(a._exp, b._exp)
    x = a._coef * 10 ** (a._exp - exp)
    y = b._coef * 10 ** (b._exp - exp)
    q, r = divmod(x, y)
    if _ndigits(q) > ctx.prec:
        conds.add(DivisionImpossible)
        return None
    return q, r, exp


def _divint(a, b, ctx, conds):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _check_nans(a, b, ctx, conds)
        if r is not None:
            return r
        if a._special == 'F' and b._special == 'F':
            conds.add(InvalidOperation)
            return _nan()
        if a._special == 'F':
            return _special(sign, 'F')
        return _make(sign, 0, 0)
    if b._coef == 0:
        if a._coef == 0:
            conds.add(DivisionUndefined)
            return _nan()
        conds.add(DivisionByZero)
        return _special(sign, 'F')
    if a._coef == 0 or a.adjusted() < b.adjusted():
        return _finish(sign, 0, 0, ctx, conds)
    if a.adjusted() - b.adjusted() > ctx.prec:
        conds.add(DivisionImpossible)
        return _nan()
    res = _divmod_core(a, b, ctx, conds)
    if res is None:
        return _nan()
    return _finish(sign, res[0], 0, ctx, conds)


def _rem(a, b, ctx, conds):
    if a._special or b._special:
        r = _check_nans(a, b, ctx, conds)
        if r is not None:
            return r
        if a._special == 'F':
            conds.add(InvalidOperation)
            return _nan()
        return _finish(a._sign, a._coef, a._exp, ctx, conds)
    if b._coef == 0:
        if a._coef == 0:
            conds.add(DivisionUndefined)
        else:
            conds.add(InvalidOperation)
        return _nan()
    if a._coef == 0 or a.adjusted() < b.adjusted():
        exp = min(a._exp, b._exp)
        return _finish(a._sign, a._coef * 10 ** (a._exp - exp), exp, ctx,
                       conds)
    if a.adjusted() - b.adjusted() > ctx.prec:
        conds.add(DivisionImpossible)
        return _nan()
    res = _divmod_core(a, b, ctx, conds)
    if res is None:
        return _nan()
    return _finish(a._sign, res[1], res[2], ctx, conds)


def _divmod(a, b, ctx, conds):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _check_nans(a, b, ctx, conds)
        if r is not None:
            return r, r
        if a._special == 'F':
            conds.add(InvalidOperation)
            if b._special == 'F':
                return _nan(), _nan()
            return _special(sign, 'F'), _nan()
        return _make(sign, 0, 0), _finish(a._sign, a._coef, a._exp, ctx,
                                          conds)
    if b._coef == 0:
        if a._coef == 0:
            conds.add(DivisionUndefined)
            return _nan(), _nan()
        conds.update((DivisionByZero, InvalidOperation))
        return _special(sign, 'F'), _nan()
    return _divint(a, b, ctx, conds), _rem(a, b, ctx, conds)


def _is_integer(x):
    if x._special:
        return False
    if x._exp >= 0 or x._coef == 0:
        return True
    return x._coef % 10 ** -x._exp == 0


def _pow(a, b, ctx, conds):
    if a._special or b._special:
        r = _check_nans(a, b, ctx, conds)
        if r is not None:
            return r
    intexp = _is_integer(b)
    sign = 0
    if intexp:
        sign = a._sign if int(b) % 2 else 0
    if a.is_zero():
        if b.is_zero():
            conds.add(InvalidOperation)
            return _nan()
        if b._sign:
            return _special(sign, 'F')
        return _make(sign, 0, 0)
    if a._sign and (not intexp or b._special == 'F'):
        conds.add(InvalidOperation)
        return _nan()
    if b._special == 'F':
        c = a._cmp_key(Decimal(1))
        if c == 0:
            conds.update((Inexact, Rounded))
            return _make(sign, 10 ** (ctx.prec - 1), -(ctx.prec - 1))
        if c * (-1 if b._sign else 1) < 0:
            return _make(sign, 0, 0)
        return _special(sign, 'F')
    if a._special == 'F':
        if b.is_zero():
            return _make(sign, 1, 0)
        if b._sign:
            return _make(sign, 0, 0)
        return _special(sign, 'F')
    if b.is_zero():
        return _make(sign, 1, 0)
    if a.copy_abs()._cmp_key(Decimal(1)) == 0:
        if not intexp:
            return _pow_real(a, b, ctx, conds)
        if b._sign:
            return _make(sign, 1, 0)
        shift = int(b) * -a._exp
        if shift > ctx.prec - 1:
            shift = ctx.prec - 1
            conds.add(Rounded)
        return _make(sign, 10 ** shift, -shift)
    bound = _pow_bounds(a, b, sign, ctx, conds)
    if bound is not None:
        return bound
    if not intexp:
        return _pow_real(a, b, ctx, conds)
    return _pow_int(a, b, sign, ctx, conds)


def _exp_digits(n):
    return _ndigits(abs(n))


def _pow_bounds(x, y, sign, ctx, conds):
    """libmpdec's shortcut for certain overflow or underflow."""
    ax = x.copy_abs()
    lb_theta = y.adjusted()
    t = ax.adjusted()
    if t > 0:
        lb_zeta = _exp_digits(t) - 1
    elif t < -1:
        lb_zeta = _exp_digits(t + 1) - 1
    else:
        scratch = _add(ax, Decimal(-1), _MAXCTX, set())
        u = scratch.adjusted()
        lb_zeta = u - 2 if t == 0 else u - 1
    if ((t < 0) ^ y._sign) == 0:
        if _exp_digits(ctx.Emax) < lb_zeta + lb_theta:
            return _finish(sign, 1, _MAX_EXP_INF, ctx, conds)
    else:
        etiny = ctx.Emin - ctx.prec + 1
        if _exp_digits(etiny) < lb_zeta + lb_theta:
            return _finish(sign, 1, etiny - 1, ctx, conds)
    return None


def _pow_int(a, b, sign, ctx, conds):
    work = ctx.copy()
    work.prec = ctx.prec + _ndigits(b._coef) + b._exp + 2
    work.rounding = ROUND_HALF_EVEN
    work.clamp = 0
    if b._sign:
        work.prec += 1
        wc = set()
        base = _div(Decimal(1), a, work, wc)
        conds.update(wc)
        if wc & {InvalidOperation, DivisionByZero, DivisionImpossible,
                 DivisionUndefined, ConversionSyntax}:
            return _finish_special_nan(ctx, conds)
    else:
        base = a
    n = abs(int(b))
    wc = set()
    if n < 2 ** 64:
        result = base
        bit = 1 << (n.bit_length() - 1)
        while True:
            bit >>= 1
            if not bit:
                break
            result = _mul(result, result, work, wc)
            if n & bit:
                result = _mul(result, base, work, wc)
            if result._special or (result._coef == 0 and Clamped in wc):
                break
    else:
        result = Decimal(1)
        t = base
        while n:
            if n & 1:
                result = _mul(result, t, work, wc)
                if result._special or (result._coef == 0 and Clamped in wc):
                    break
            t = _mul(t, t, work, wc)
            n >>= 1
    conds.update(wc)
    if result._special == 'F':
        return _finish(sign, 1, _MAX_EXP_INF, ctx, conds)
    return _finish(sign, result._coef, result._exp, ctx, conds)


def _finish_special_nan(ctx, conds):
    return _nan()


_MAX_EXP_INF = 2 * 10 ** 18


def _quantize(x, q, rounding, ctx, conds):
    if x._special or q._special:
        r = _check_nans(x, q, ctx, conds)
        if r is not None:
            return r
        if x._special == 'F' and q._special == 'F':
            return x
        conds.add(InvalidOperation)
        return _nan()
    exp = q._exp
    if not (ctx.Emin - ctx.prec + 1 <= exp <= ctx.Emax):
        conds.add(InvalidOperation)
        return _nan()
    if x._coef == 0:
        r = _make(x._sign, 0, exp)
    elif x.adjusted() - exp + 1 > ctx.prec:
        conds.add(InvalidOperation)
        return _nan()
    elif x._exp >= exp:
        r = _make(x._sign, x._coef * 10 ** (x._exp - exp), exp)
    else:
        coef, inexact = _round_drop(x._sign, x._coef, exp - x._exp, rounding)
        conds.add(Rounded)
        if inexact:
            conds.add(Inexact)
        r = _make(x._sign, coef, exp)
    if _ndigits(r._coef) > ctx.prec or (r._coef and not (
            ctx.Emin - ctx.prec + 1 <= r.adjusted() <= ctx.Emax)):
        conds.discard(Rounded)
        conds.discard(Inexact)
        conds.add(InvalidOperation)
        return _nan()
    if r._coef and r.adjusted() < ctx.Emin:
        conds.add(Subnormal)
    etop = ctx.Emax - ctx.prec + 1
    if ctx.clamp and r._exp > etop:
        r = _make(r._sign, r._coef * 10 ** (r._exp - etop), etop)
        conds.add(Clamped)
    return r


def _sqrt(x, ctx, conds):
    """Correctly rounded square root (always half-even, as libmpdec), exact
    results reduced towards the ideal exponent floor(exp / 2)."""
    if x._special:
        r = _check_nans(x, None, ctx, conds)
        if r is not None:
            return r
        if x._sign:
            conds.add(InvalidOperation)
            return _nan()
        return x
    ideal = x._exp // 2
    if x._coef == 0:
        return _finish(x._sign, 0, ideal, ctx, conds)
    if x._sign:
        conds.add(InvalidOperation)
        return _nan()
    c, e = x._coef, x._exp
    if e % 2:
        c *= 10
        e -= 1
    # scale by 100**shift so the root has at least prec + 1 digits
    shift = ctx.prec + 1 - (_ndigits(c) + 1) // 2
    lost = False
    if shift >= 0:
        c *= 100 ** shift
    else:
        c, rest = divmod(c, 100 ** -shift)
        lost = rest != 0
    root = _math.isqrt(c)
    rexp = e // 2 - shift
    if lost or root * root != c:
        if root % 5 == 0:
            root += 1
    else:
        while rexp < ideal and root % 10 == 0:
            root //= 10
            rexp += 1
    return _finish(0, root, rexp, ctx, conds, rounding=ROUND_HALF_EVEN)


# ------------------------------------------------- exp, ln, log10, powers

def _half_even(v, d):
    """v / 10**d rounded half-even (v >= 0)."""
    q, r = divmod(v, 10 ** d)
    h = 5 * 10 ** (d - 1)
    return q + (1 if r > h or (r == h and q & 1) else 0)


def _correctly_rounded(compute, sign, ctx, conds):
    """Round an irrational value, known through compute(places) -> (A, e)
    (value about A * 10**e), half-even to the context (as libmpdec's exp,
    ln and log10 do whatever the context's rounding), raising the working
    precision until the rounding is certain."""
    prec = ctx.prec
    places = prec + 6
    for _ in range(12):
        # Three digits beyond the kernels' own error bound: then the
        # approximation is within 2 units of the value.
        a, e = compute(places + 3)
        a = abs(a) // 1000
        e += 3
        d = _ndigits(a) - prec
        if d < 4:
            places += 4 - d if a else places
            continue
        if _half_even(a - 2, d) == _half_even(a + 2, d):
            break
        places += prec
    conds.update((Inexact, Rounded))
    # A sticky last digit: the value is never exactly the approximation.
    return _finish(sign, a * 10 + 1, e - 1, ctx, conds,
                   rounding=ROUND_HALF_EVEN)


def _ln_places(x):
    def compute(places):
        return _transc.ln(x._coef, x._exp, places), -places
    return compute


def _exp(x, ctx, conds):
    if x._special:
        r = _check_nans(x, None, ctx, conds)
        if r is not None:
            return r
        return _make(0, 0, 0) if x._sign else x
    if x._coef == 0:
        return _make(0, 1, 0)
    # Certain overflow or underflow: |x| / ln(10) beyond the exponents.
    big = x.adjusted() > 20
    if not big:
        scaled = x._coef * 10 ** x._exp if x._exp >= 0 else \
            x._coef // 10 ** -x._exp
        big = scaled * 0.43429448190325176 > ctx.Emax + 2 if not x._sign \
            else -scaled * 0.43429448190325176 < ctx.Emin - ctx.prec - 2
    if big:
        if x._sign:
            return _finish(0, 1, ctx.Emin - ctx.prec, ctx, conds)
        return _finish(0, 1, _MAX_EXP_INF, ctx, conds)

    def compute(places):
        shift = x._exp + places
        fixed = x._coef * 10 ** shift if shift >= 0 else \
            x._coef // 10 ** -shift
        a, q = _transc.exp(-fixed if x._sign else fixed, places)
        return a, q - places
    return _correctly_rounded(compute, 0, ctx, conds)


def _ln(x, ctx, conds):
    if x._special:
        r = _check_nans(x, None, ctx, conds)
        if r is not None:
            return r
        if x._sign:
            conds.add(InvalidOperation)
            return _nan()
        return x
    if x._coef == 0:
        return _special(1, 'F')
    if x._sign:
        conds.add(InvalidOperation)
        return _nan()
    if x._cmp_key(Decimal(1)) == 0:
        return _make(0, 0, 0)
    sign = 1 if x._cmp_key(Decimal(1)) < 0 else 0
    return _correctly_rounded(_ln_places(x), sign, ctx, conds)


def _log10(x, ctx, conds):
    if x._special or x._coef == 0 or x._sign:
        return _ln(x, ctx, conds)
    c, e = x._coef, x._exp
    while c % 10 == 0:
        c //= 10
        e += 1
    if c == 1:
        # An exact power of ten: its integer exponent.
        return _finish(1 if e < 0 else 0, abs(e), 0, ctx, conds)
    sign = 1 if x._cmp_key(Decimal(1)) < 0 else 0

    def compute(places):
        extra = places + 4
        lx = _transc.ln(x._coef, x._exp, extra)
        return lx * 10 ** places // _transc.ln10(extra), -places
    return _correctly_rounded(compute, sign, ctx, conds)


def _pow_real(a, b, ctx, conds):
    """a ** b for a > 0 and a non-integer b, as libmpdec computes it:
    ln(a), times b, then exp, each correctly rounded half-even to the
    context's precision (or a's digits) plus 23 digits, and that result
    rounded once more to the context. Exact powers (4 ** 0.5) come out as
    whatever that gives, as in CPython."""
    if a._cmp_key(Decimal(1)) == 0:
        conds.update((Inexact, Rounded))
        return _make(0, 10 ** (ctx.prec - 1), -(ctx.prec - 1))
    work = Context(prec=max(_ndigits(a._coef), ctx.prec) + 4 + 19,
                   rounding=ROUND_HALF_EVEN, Emax=MAX_EMAX, Emin=MIN_EMIN,
                   traps=[])
    wc = set()
    r = _exp(_mul(_ln(a, work, wc), b, work, wc), work, wc)
    conds.update(wc & {InvalidOperation, DivisionByZero, DivisionImpossible,
                       DivisionUndefined, ConversionSyntax})
    conds.update((Inexact, Rounded))
    if r._special == 'F':
        return _finish(0, 1, _MAX_EXP_INF, ctx, conds)
    if r._cmp_key(Decimal(1)) == 0:
        return _make(0, 10 ** (ctx.prec - 1), -(ctx.prec - 1))
    return _finish(r._sign, r._coef, r._exp, ctx, conds)


def _pow_modulo(a, b, m, ctx, conds):
    """Three-argument pow(): exact modular exponentiation of integers."""
    if a._special or b._special or m._special:
        r = _check_nans(a, b, ctx, conds)
        if r is None:
            r = _check_nans(m, None, ctx, conds)
        if r is not None:
            return r
        conds.add(InvalidOperation)
        return _nan()
    if not (_is_integer(a) and _is_integer(b) and _is_integer(m)) or \
            b._sign or m.is_zero() or (a.is_zero() and b.is_zero()) or \
            _ndigits(int(m.copy_abs())) > ctx.prec:
        conds.add(InvalidOperation)
        return _nan()
    mod = abs(int(m))
    base = abs(int(a)) % mod
    n = int(b)
    sign = a._sign if n & 1 else 0
    return _make(sign, pow(base, n, mod), 0)


# ---------------------------------------------------------------- contexts

# ------------------------------------- logb, next_*, scaleb, shift, logic

def _method(name, body, binary=False):
    """A Decimal method running body(x[, y], ctx, conds) under a context."""
    if binary:
        def method(self, other, context=None):
            other = _convert(other, name, strict=True)
            ctx = _context(context)
            conds = set()
            r = body(self, other, ctx, conds)
            ctx._apply(conds)
            return r
    else:
        def method(self, context=None):
            ctx = _context(context)
            conds = set()
            r = body(self, ctx, conds)
            ctx._apply(conds)
            return r
    method.__name__ = name
    method.__qualname__ = 'Decimal.' + name
    return method


def _logb(x, ctx, conds):
    if x._special:
        r = _check_nans(x, None, ctx, conds)
        return r if r is not None else _special(0, 'F')
    if x._coef == 0:
        conds.add(DivisionByZero)
        return _special(1, 'F')
    adj = x.adjusted()
    return _finish(1 if adj < 0 else 0, abs(adj), 0, ctx, conds)


def _max_finite(sign, ctx):
    return _make(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _next(x, ctx, conds, up):
    """next_plus (up) or next_minus: only error conditions are kept."""
    if x._special:
        r = _check_nans(x, None, ctx, conds)
        if r is not None:
            return r
        if bool(x._sign) != up:
            return x
        return _max_finite(x._sign, ctx)
    work = ctx.copy()
    work.rounding = ROUND_CEILING if up else ROUND_FLOOR
    wc = set()
    r = _finish(x._sign, x._coef, x._exp, work, wc)
    if Inexact in wc or wc & _ERRORS:
        conds.update(wc & _ERRORS)
        return r
    wc = set()
    tiny = _make(0 if up else 1, 1, ctx.Emin - ctx.prec)
    r = _add(x, tiny, work, wc)
    conds.update(wc & _ERRORS)
    return r


def _next_toward(x, y, ctx, conds):
    r = _check_nans(x, y, ctx, conds)
    if r is not None:
        return r
    c = x._cmp_key(y)
    if c == 0:
        return _make(y._sign, x._coef, x._exp, x._special)
    r = _next(x, ctx, conds, c < 0)
    if r._special == 'F':
        conds.update((Overflow, Rounded, Inexact))
    elif not r._special and r._coef and r.adjusted() < ctx.Emin or \
            (not r._special and r._coef == 0):
        conds.update((Underflow, Subnormal, Rounded, Inexact))
        if r._coef == 0:
            conds.add(Clamped)
    return r


def _int_operand(y, ctx, conds, limit):
    """y as a Python int when it is an integer of exponent 0 within
    [-limit, limit]."""
    if y._special or y._exp != 0 or y.adjusted() > 18 or \
            abs(int(y)) > limit:
        conds.add(InvalidOperation)
        return None
    return int(y)


def _scaleb(x, y, ctx, conds):
    r = _check_nans(x, y, ctx, conds)
    if r is not None:
        return r
    n = _int_operand(y, ctx, conds, 2 * (ctx.Emax + ctx.prec))
    if n is None:
        return _nan()
    if x._special == 'F':
        return x
    return _finish(x._sign, x._coef, x._exp + n, ctx, conds)


def _digit_move_operands(x, y, ctx, conds):
    """What shift and rotate share: (result, None) when NaNs, an invalid
    count or an infinite operand decide the result, else (None, count)."""
    r = _check_nans(x, y, ctx, conds)
    if r is not None:
        return r, None
    n = _int_operand(y, ctx, conds, ctx.prec)
    if n is None:
        return _nan(), None
    if x._special == 'F':
        return x, None
    return None, n


def _shift(x, y, ctx, conds):
    r, n = _digit_move_operands(x, y, ctx, conds)
    if r is not None:
        return r
    # Only the last `prec` digits take part.
    coef = x._coef % 10 ** ctx.prec
    coef = coef * 10 ** n if n >= 0 else coef // 10 ** -n
    return _make(x._sign, coef % 10 ** ctx.prec, x._exp)


def _rotate(x, y, ctx, conds):
    r, n = _digit_move_operands(x, y, ctx, conds)
    if r is not None:
        return r
    width = ctx.prec
    digits = str(x._coef % 10 ** width).rjust(width, '0')
    n %= width
    return _make(x._sign, int(digits[n:] + digits[:n]), x._exp)


def _logical_digits(x, ctx):
    """x's 0/1 digits padded to the precision, or None if x is no logical
    operand (finite, positive, exponent 0, only 0 and 1 digits)."""
    if x._special or x._sign or x._exp != 0:
        return None
    text = str(x._coef)
    if len(text) > ctx.prec or text.strip('01'):
        return None
    return text.rjust(ctx.prec, '0')


def _logical(op):
    def body(x, y, ctx, conds):
        a, b = _logical_digits(x, ctx), _logical_digits(y, ctx)
        if a is None or b is None:
            conds.add(InvalidOperation)
            return _nan()
        bits = ''.join(str(op(int(p), int(q))) for p, q in zip(a, b))
        return _make(0, int(bits), 0)
    return body


def _logical_invert(x, ctx, conds):
    a = _logical_digits(x, ctx)
    if a is None:
        conds.add(InvalidOperation)
        return _nan()
    return _make(0, int(''.join('1' if c == '0' else '0' for c in a)), 0)


def _compare_total(x, y, ctx, conds):
    return Decimal(_total_cmp(x, y))


def _compare_total_mag(x, y, ctx, conds):
    return Decimal(_total_cmp(x.copy_abs(), y.copy_abs()))


def _total_cmp(x, y):
    if x._sign != y._sign:
        return -1 if x._sign else 1
    flip = -1 if x._sign else 1
    rank = {'': 0, 'F': 1, 'N': 2, 'n': 3}
    if rank[x._special] != rank[y._special]:
        return flip * (1 if rank[x._special] > rank[y._special] else -1)
    if x._special in ('N', 'n'):
        c = (x._coef > y._coef) - (x._coef < y._coef)
        return flip * c
    if x._special == 'F':
        return 0
    c = x.copy_abs()._cmp_key(y.copy_abs())
    if c == 0:
        c = (x._exp > y._exp) - (x._exp < y._exp)
    return flip * c


def _remainder_near(x, y, ctx, conds):
    r = _check_nans(x, y, ctx, conds)
    if r is not None:
        return r
    if x._special == 'F':
        conds.add(InvalidOperation)
        return _nan()
    if y._special == 'F':
        return _finish(x._sign, x._coef, x._exp, ctx, conds)
    if y._coef == 0:
        conds.add(DivisionUndefined if x._coef == 0 else InvalidOperation)
        return _nan()
    if x._coef and x.adjusted() - y.adjusted() > ctx.prec:
        # The integer quotient has more digits than the precision.
        conds.add(DivisionImpossible)
        return _nan()
    if x._coef == 0 or x.adjusted() < y.adjusted() - 1:
        # |x| < |y| / 2: the quotient is 0 and x the remainder.
        return _finish(x._sign, x._coef, min(x._exp, y._exp) if
                       x._coef == 0 else x._exp, ctx, conds)
    e = min(x._exp, y._exp)
    a = x._coef * 10 ** (x._exp - e) * (-1 if x._sign else 1)
    b = y._coef * 10 ** (y._exp - e) * (-1 if y._sign else 1)
    q, rem = divmod(a, b)
    # The nearest integer quotient, ties to even.
    if 2 * abs(rem) > abs(b) or (2 * abs(rem) == abs(b) and q & 1):
        q += 1
        rem -= b
    if q and _ndigits(abs(q)) > ctx.prec:
        conds.add(DivisionImpossible)
        return _nan()
    sign = x._sign if rem == 0 else (1 if rem < 0 else 0)
    return _finish(sign, abs(rem), e, ctx, conds)


_ERRORS = {InvalidOperation, ConversionSyntax, DivisionImpossible,
           DivisionUndefined, DivisionByZero, InvalidContext}

Decimal.logb = _method('logb', _logb)
Decimal.next_plus = _method('next_plus', lambda x, c, k: _next(x, c, k, True))
Decimal.next_minus = _method('next_minus',
                             lambda x, c, k: _next(x, c, k, False))
Decimal.next_toward = _method('next_toward', _next_toward, binary=True)
Decimal.scaleb = _method('scaleb', _scaleb, binary=True)
Decimal.shift = _method('shift', _shift, binary=True)
Decimal.rotate = _method('rotate', _rotate, binary=True)
Decimal.logical_and = _method('logical_and', _logical(lambda p, q: p & q),
                              binary=True)
Decimal.logical_or = _method('logical_or', _logical(lambda p, q: p | q),
                             binary=True)
Decimal.logical_xor = _method('logical_xor', _logical(lambda p, q: p ^ q),
                              binary=True)
Decimal.logical_invert = _method('logical_invert', _logical_invert)
Decimal.compare_total = _method('compare_total', _compare_total, binary=True)
Decimal.compare_total_mag = _method('compare_total_mag', _compare_total_mag,
                                    binary=True)
Decimal.remainder_near = _method('remainder_near', _remainder_near,
                                 binary=True)


@_c_type_name
class Context(_decimal_context.Context):
    """The arithmetic context (CPython's decimal.Context)."""

    __module__ = 'decimal'

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp,
                       {k: v for k, v in self.flags.items()},
                       {k: v for k, v in self.traps.items()})

    __copy__ = copy

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            self._apply({ConversionSyntax})
            return _nan()
        d = Decimal(num, self)
        if d._special:
            if d.is_nan():
                return _fix_nan(d, self)
            return d
        conds = set()
        r = _finish(d._sign, d._coef, d._exp, self, conds)
        self._apply(conds)
        return r

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def _op(self, name, a, b, op):
        a = _convert(a, name, strict=True)
        b = _convert(b, name, strict=True)
        conds = set()
        r = op(a, b, self, conds)
        self._apply(conds)
        return r

    def add(self, a, b):
        return self._op('add', a, b, _add)

    def subtract(self, a, b):
        return self._op('subtract', a, b, _sub)

    def multiply(self, a, b):
        return self._op('multiply', a, b, _mul)

    def divide(self, a, b):
        return self._op('divide', a, b, _div)

    def divide_int(self, a, b):
        return self._op('divide_int', a, b, _divint)

    def remainder(self, a, b):
        return self._op('remainder', a, b, _rem)

    def divmod(self, a, b):
        return self._op('divmod', a, b, _divmod)

    def power(self, a, b, modulo=None):
        if modulo is not None:
            return _convert(a, 'power', True).__pow__(
                _convert(b, 'power', True), _convert(modulo, 'power', True),
                self)
        return self._op('power', a, b, _pow)

    def exp(self, a):
        return _convert(a, 'exp', True).exp(self)

    def ln(self, a):
        return _convert(a, 'ln', True).ln(self)

    def log10(self, a):
        return _convert(a, 'log10', True).log10(self)

    def abs(self, a):
        return _unary(_convert(a, 'abs', True), self, 'abs')

    def minus(self, a):
        return _unary(_convert(a, 'minus', True), self, 'minus')

    def plus(self, a):
        return _unary(_convert(a, 'plus', True), self, 'plus')

    def sqrt(self, a):
        return _convert(a, 'sqrt', True).sqrt(self)

    def quantize(self, a, b):
        return _convert(a, 'quantize', True).quantize(b, context=self)

    def compare(self, a, b):
        return _convert(a, 'compare', True).compare(b, self)

    def max(self, a, b):
        return _convert(a, 'max', True).max(b, self)

    def min(self, a, b):
        return _convert(a, 'min', True).min(b, self)

    def normalize(self, a):
        return _convert(a, 'normalize', True).normalize(self)

    def to_integral_value(self, a):
        return _convert(a, 'to_integral_value', True).to_integral_value(
            context=self)

    def to_sci_string(self, a):
        return _convert(a, 'to_sci_string', True).to_sci_string(self)

    def to_eng_string(self, a):
        return _convert(a, 'to_eng_string', True).to_eng_string(self)

    def is_zero(self, a):
        return _convert(a, 'is_zero', True).is_zero()

    def is_signed(self, a):
        return _convert(a, 'is_signed', True).is_signed()

    def is_nan(self, a):
        return _convert(a, 'is_nan', True).is_nan()

    def copy_abs(self, a):
        return _convert(a, 'copy_abs', True).copy_abs()

    def copy_negate(self, a):
        return _convert(a, 'copy_negate', True).copy_negate()

    def radix(self):
        return Decimal(10)


def _context_method(name, arity, passes_context):
    """Context.name(a[, b[, c]]): the Decimal method of that name on a
    (converted strictly, as CPython's Context methods do)."""
    def method(self, *args):
        if len(args) != arity:
            if arity == 1:
                raise TypeError('Context.%s() takes exactly one argument '
                                '(%d given)' % (name, len(args)))
            raise TypeError('function takes exactly %d arguments (%d given)'
                            % (arity, len(args)))
        a, rest = args[0], args[1:]
        if name == 'is_canonical' and not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        a = _convert(a, name, True)
        rest = [_convert(x, name, True) for x in rest]
        if passes_context:
            return getattr(a, name)(*rest, context=self)
        return getattr(a, name)(*rest)
    method.__name__ = name
    method.__qualname__ = 'Context.' + name
    return method


for _name, _arity, _ctx in (
        ('canonical', 1, False), ('is_canonical', 1, False),
        ('is_finite', 1, False), ('is_infinite', 1, False),
        ('is_qnan', 1, False), ('is_snan', 1, False),
        ('is_normal', 1, True), ('is_subnormal', 1, True),
        ('number_class', 1, True), ('logb', 1, True),
        ('logical_invert', 1, True), ('next_minus', 1, True),
        ('next_plus', 1, True), ('to_integral', 1, True),
        ('to_integral_exact', 1, True), ('compare_signal', 2, True),
        ('compare_total', 2, True), ('compare_total_mag', 2, True),
        ('copy_sign', 2, True), ('logical_and', 2, True),
        ('logical_or', 2, True), ('logical_xor', 2, True),
        ('max_mag', 2, True), ('min_mag', 2, True),
        ('next_toward', 2, True), ('remainder_near', 2, True),
        ('rotate', 2, True), ('same_quantum', 2, True),
        ('scaleb', 2, True), ('shift', 2, True), ('fma', 3, True)):
    if _name not in vars(Context):
        setattr(Context, _name, _context_method(_name, _arity, _ctx))
del _name, _arity, _ctx


def _copy_decimal(self, a):
    return Decimal(_convert(a, 'copy_decimal', True))


Context.copy_decimal = _copy_decimal

_MAXCTX = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow])
ExtendedContext = Context(prec=9, traps=[])

_current = _contextvars.ContextVar('decimal_context')


def getcontext():
    """The current context (a fresh copy of DefaultContext at first use)."""
    try:
        return _current.get()
    except LookupError:
        ctx = Context()
        _current.set(ctx)
        return ctx


def setcontext(context):
    """Make `context` the current context."""
    if not isinstance(context, _decimal_context.Context):
        raise TypeError('argument must be a context')
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current.set(context)


class _ContextManager(object):
    """What localcontext() returns: installs a copy for a with-block."""

    def __init__(self, ctx):
        self.new_context = ctx.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_LOCAL_ATTRS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager running its block under a copy of ctx (default:
    the current context), with attributes set from the keywords."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in _LOCAL_ATTRS:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % key)
        setattr(manager.new_context, key, value)
    return manager
