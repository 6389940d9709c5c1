"""The int that CPython's `random.seed(str_or_bytes)` seeds from.

CPython uses `int.from_bytes(b + sha512(b).digest(), 'big')` where `b` is
the seed's UTF-8 encoding. Interleave has neither hashlib nor (necessarily)
a bytes type, so this private module works on lists of byte values: a
hand-written UTF-8 encoder and SHA-512 (FIPS 180-4), whose round constants
are derived at import (fractional bits of square and cube roots of the first
primes) rather than tabulated.
"""

_MASK = (1 << 64) - 1


def _primes(count):
    found = []
    candidate = 2
    while len(found) < count:
        if all(candidate % p for p in found if p * p <= candidate):
            found.append(candidate)
        candidate += 1
    return found


def _iroot(value, n):
    # Largest integer r with r ** n <= value (Newton's method on ints).
    if value < 2:
        return value
    r = 1 << ((value.bit_length() + n - 1) // n)
    while True:
        nxt = ((n - 1) * r + value // r ** (n - 1)) // n
        if nxt >= r:
            break
        r = nxt
    while r ** n > value:
        r -= 1
    while (r + 1) ** n <= value:
        r += 1
    return r


_PRIMES = _primes(80)
_K = [_iroot(p << 192, 3) & _MASK for p in _PRIMES]
_H0 = [_iroot(p << 128, 2) & _MASK for p in _PRIMES[:8]]


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK


def utf8_codes(text):
    """The UTF-8 encoding of str `text` as a list of byte values."""
    out = []
    for ch in text:
        cp = ord(ch)
        if cp < 0x80:
            out.append(cp)
        elif cp < 0x800:
            out.extend((0xC0 | (cp >> 6), 0x80 | (cp & 0x3F)))
        elif cp < 0x10000:
            out.extend((0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)))
        else:
            out.extend((0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F),
                        0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)))
    return out


def _word(codes, start, count):
    value = 0
    for i in range(start, start + count):
        value = (value << 8) | codes[i]
    return value


def sha512_digest(codes):
    """The SHA-512 digest of a list of byte values, as 64 byte values."""
    message = list(codes)
    bit_length = len(message) * 8
    message.append(0x80)
    message.extend([0] * ((112 - len(message) % 128) % 128))
    message.extend((bit_length >> (8 * (15 - i))) & 0xFF for i in range(16))
    h = list(_H0)
    for start in range(0, len(message), 128):
        w = [_word(message, start + i, 8) for i in range(0, 128, 8)]
        for t in range(16, 80):
            s0 = _rotr(w[t - 15], 1) ^ _rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
            s1 = _rotr(w[t - 2], 19) ^ _rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            s1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = (hh + s1 + ch + _K[t] + w[t]) & _MASK
            s0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & _MASK
            hh, g, f, e = g, f, e, (d + t1) & _MASK
            d, c, b, a = c, b, a, (t1 + t2) & _MASK
        h = [(x + y) & _MASK for x, y in zip(h, [a, b, c, d, e, f, g, hh])]
    return [(x >> (8 * (7 - i))) & 0xFF for x in h for i in range(8)]


def seed_int(codes):
    """CPython's version-2 seed int for the byte values `codes`."""
    value = 0
    for c in codes:
        value = (value << 8) | c
    for c in sha512_digest(codes):
        value = (value << 8) | c
    return value
