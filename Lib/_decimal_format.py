"""format(Decimal, spec) as CPython's C decimal (libmpdec's mpd_qformat).

Spec: [[fill]align][sign][z][0][width][,][.precision][type], type one of
e E f F g G n % or none (then g/G by the context's capitals); 'n' uses the
C locale (no grouping). '#' and '_' are not accepted, as in CPython.
"""

import sys as _sys

_ALIGNS = '<>=^'


def _istr(n):
    """str(n) for a coefficient of any length: the C module has no limit on
    integer-string conversion, so the interpreter's (sys.get_int_max_str_digits)
    is lifted around the conversion."""
    limit = _sys.get_int_max_str_digits()
    if not limit or n.bit_length() < 3 * limit:
        return str(n)
    _sys.set_int_max_str_digits(0)
    try:
        return str(n)
    finally:
        _sys.set_int_max_str_digits(limit)


def _iparse(text):
    """int(text) for a digit string of any length (see _istr)."""
    limit = _sys.get_int_max_str_digits()
    if not limit or len(text) <= limit:
        return int(text)
    _sys.set_int_max_str_digits(0)
    try:
        return int(text)
    finally:
        _sys.set_int_max_str_digits(limit)


def _invalid():
    return ValueError('invalid format string')


def _parse(spec):
    fill, align, i = ' ', None, 0
    if len(spec) >= 2 and spec[1] in _ALIGNS:
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] and spec[0] in _ALIGNS:
        align, i = spec[0], 1
    sign = '-'
    if spec[i:i + 1] and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if spec[i:i + 1] == 'z':
        no_neg_zero = True
        i += 1
    zeropad = False
    if spec[i:i + 1] == '0':
        if align is not None:
            raise _invalid()
        fill, align, zeropad = '0', '=', True
        i += 1
    start = i
    while spec[i:i + 1].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    sep = ''
    if spec[i:i + 1] == ',':
        sep = ','
        i += 1
    precision = None
    if spec[i:i + 1] == '.':
        i += 1
        start = i
        while spec[i:i + 1].isdigit():
            i += 1
        if i == start:
            raise _invalid()
        precision = int(spec[start:i])
    kind = None
    if spec[i:i + 1]:
        kind = spec[i]
        i += 1
        if kind not in 'eEfFgGn%':
            raise _invalid()
    if i != len(spec):
        raise _invalid()
    if kind == 'n' and sep:
        raise _invalid()
    return (fill, align or '>', sign, no_neg_zero, zeropad, width, sep,
            precision, kind)


def _align(sign, body, fill, align, width):
    padding = fill * (width - len(sign) - len(body))
    if align == '<':
        return sign + body + padding
    if align == '=':
        return sign + padding + body
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return padding + sign + body


def _group(digits, sep, min_width):
    """Insert `sep` every three digits from the right, zero-padding the
    integer part to min_width (counting separators)."""
    if not sep:
        return '0' * (min_width - len(digits)) + digits
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (size - len(digits)) + digits[-size:])
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def format_decimal(d, spec, ctx):
    from decimal import _make
    (fill, align, sign_opt, no_neg_zero, zeropad, width, sep, precision,
     kind) = _parse(spec)
    if d._special:
        sign = '-' if d._sign else ('' if sign_opt == '-' else sign_opt)
        body = str(d.copy_abs())
        if kind == '%':
            body += '%'
        if zeropad:
            # the '0' flag pads specials with spaces, right-aligned
            fill, align = ' ', '>'
        return _align(sign, body, fill, align, width)
    if kind is None:
        kind = 'G' if ctx.capitals else 'g'
        if precision is None:
            pass
    if kind == 'n':
        kind = 'g'
    rounding = ctx.rounding
    if kind == '%':
        d = _make(d._sign, d._coef, d._exp + 2)
    if precision is not None:
        if kind in 'gG' and precision == 0:
            precision = 1
        if kind in 'eE':
            d = _round_digits(d, precision + 1, rounding, pad=True)
        elif kind in 'fF%':
            d = d._rescale(-precision, rounding)
        elif kind in 'gG' and _ndigits(d._coef) > precision:
            d = _round_digits(d, precision, rounding)
    if d._coef == 0 and d._exp > 0 and kind in 'fF%':
        d = d._rescale(0, rounding)
    negative = d._sign
    if no_neg_zero and d._coef == 0:
        negative = 0
    digits = _istr(d._coef)
    leftdigits = d._exp + len(digits)
    if kind in 'eE':
        dot = 1 - precision if d._coef == 0 and precision is not None else 1
    elif kind in 'fF%':
        dot = leftdigits
    elif d._exp <= 0 and leftdigits > -6:
        dot = leftdigits
    else:
        dot = 1
    if dot < 0:
        intpart, frac = '0', '0' * -dot + digits
    elif dot > len(digits):
        intpart, frac = digits + '0' * (dot - len(digits)), ''
    else:
        intpart, frac = digits[:dot] or '0', digits[dot:]
    exp = leftdigits - dot
    sign = '-' if negative else ('' if sign_opt == '-' else sign_opt)
    tail = '.' + frac if frac else ''
    if exp != 0 or kind in 'eE':
        echar = 'E' if kind in 'EG' else 'e'
        tail += '%s%+d' % (echar, exp)
    if kind == '%':
        tail += '%'
    min_width = width - len(tail) - len(sign) if zeropad else 0
    intpart = _group(intpart, sep, min_width)
    return _align(sign, intpart + tail, fill, align, width)


def _ndigits(n):
    return len(_istr(n)) if n else 1


def _round_digits(d, ndigits, rounding, pad=False):
    """Nonzero d rounded to `ndigits` significant digits (padded with zeros
    to exactly that many when `pad`); zeros are returned unchanged."""
    if d._coef == 0 or (not pad and _ndigits(d._coef) <= ndigits):
        return d
    r = d._rescale(d.adjusted() + 1 - ndigits, rounding)
    if r.adjusted() != d.adjusted():
        r = r._rescale(r.adjusted() + 1 - ndigits, rounding)
    return r
