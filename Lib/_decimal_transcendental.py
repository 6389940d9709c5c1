"""Fixed-point integer kernels for decimal's exp, ln, log10 and powers.

Every function works on integers scaled by a power of ten and returns an
approximation whose absolute error is at most two units of the last place
asked for; decimal.py wraps them in a loop that raises the working
precision until the correctly rounded result is certain (the true values
are irrational except in the exact cases decimal.py handles itself).
"""

import math as _math

_LN10_CACHE = [0, 0]   # [places, ln(10) scaled by 10**places]


def _guard(places):
    """Internal guard digits for a result with `places` places."""
    return 12 + len(str(places))


def _atanh_sum(z, scale):
    """atanh(z / scale) * scale for |z| <= scale / 20 (a few units off)."""
    negative = z < 0
    z = -z if negative else z
    z2 = z * z // scale
    term = z
    total = 0
    i = 1
    while term:
        total += term // i
        term = term * z2 // scale
        i += 2
    return -total if negative else total


def _ln_scaled(y, scale):
    """ln(y / scale) * scale for 0 < y / scale <= 10: square roots bring
    the argument near 1, then ln(y) = 2 atanh((y - 1) / (y + 1))."""
    halvings = 0
    while y * 20 > scale * 21 or y * 21 < scale * 20:
        y = _math.isqrt(y * scale)
        halvings += 1
    z = (y - scale) * scale // (y + scale)
    return _atanh_sum(z, scale) << (halvings + 1)


def ln10(places):
    """ln(10) * 10**places, off by at most one unit."""
    if _LN10_CACHE[0] >= places:
        return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - places)
    g = _guard(places)
    value = _ln_scaled(10 * 10 ** (places + g), 10 ** (places + g)) // 10 ** g
    _LN10_CACHE[0], _LN10_CACHE[1] = places, value
    return value


def ln(coef, exp, places):
    """ln(coef * 10**exp) * 10**places (coef > 0)."""
    g = _guard(places)
    p = places + g
    scale = 10 ** p
    n = len(str(coef))
    # coef * 10**exp is y * 10**a with y in [1, 10), or x itself in
    # [0.5, 1) (no cancellation against ln(10) near 1).
    a = exp + n - 1
    shift = p - (n - 1)
    y = coef * 10 ** shift if shift >= 0 else coef // 10 ** -shift
    if a == -1 and y >= 5 * scale:
        y, a = y // 10, 0
    total = _ln_scaled(y, scale)
    if a:
        extra = len(str(abs(a)))
        total += a * ln10(p + extra) // 10 ** extra
    return total // 10 ** g


def exp(x, places):
    """(A, q) with exp(x / 10**places) ~ A * 10**(q - places), A about in
    [10**places, 10**(places + 1)); x is a scaled integer."""
    g = _guard(places)
    p = places + g
    scale = 10 ** p
    x *= 10 ** g
    m = len(str(abs(x) // scale)) + 1
    l10 = ln10(p + m)
    q = (x * 10 ** m) // l10
    r = (x * 10 ** m - q * l10) // 10 ** m     # in [0, ln 10), scaled
    halvings = 8
    r >>= halvings
    term = scale
    total = 0
    i = 1
    while term:
        total += term
        term = term * r // (scale * i)
        i += 1
    for _ in range(halvings):
        total = total * total // scale
    return total // 10 ** g, q
