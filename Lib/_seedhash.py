"""SHA-512 in pure Python, only for `random.seed(str_or_bytes)`.

CPython seeds from `bytes + sha512(bytes).digest()`; Interleave has no
hashlib, so this private module computes the digest (FIPS 180-4). The round
constants are derived at import (fractional bits of square and cube roots of
the first primes) rather than tabulated.
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


def sha512_digest(data):
    """Return the 64-byte SHA-512 digest of bytes `data`."""
    message = bytes(data)
    bit_length = len(message) * 8
    message += b'\x80'
    message += b'\x00' * ((112 - len(message) % 128) % 128)
    message += bit_length.to_bytes(16, 'big')
    h = list(_H0)
    for start in range(0, len(message), 128):
        block = message[start:start + 128]
        w = [int.from_bytes(block[i:i + 8], 'big') for i in range(0, 128, 8)]
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
    return b''.join(x.to_bytes(8, 'big') for x in h)
