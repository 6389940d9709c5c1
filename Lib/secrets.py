"""Generate tokens and choose randomly (CPython 3.11's secrets module).

The playground is deterministic: the "system" randomness is the run's
seeded generator (os.urandom), so the same program prints the same tokens
on every run."""

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

import os
import random as _random

DEFAULT_ENTROPY = 32


class SystemRandom(_random.Random):
    """random.Random drawing from os.urandom (the run's seeded generator)."""

    def __init__(self, x=None):
        seed = 0
        for byte in os.urandom(16):
            seed = (seed << 8) | byte
        super().__init__(seed)

    def seed(self, *args, **kwds):
        return None


_sysrand = None


def _rand():
    global _sysrand
    if _sysrand is None:
        _sysrand = SystemRandom()
    return _sysrand


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _rand()._randbelow(exclusive_upper_bound)


def randbits(k):
    return _rand().getrandbits(k)


def choice(seq):
    return _rand().choice(seq)


def token_bytes(nbytes=None):
    """Return a random byte string containing *nbytes* bytes."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal."""
    return ''.join('%02x' % b for b in token_bytes(nbytes))


_URLSAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string, in Base64 encoding."""
    data = list(token_bytes(nbytes))
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = 0
        for b in chunk:
            n = (n << 8) | b
        n <<= 8 * (3 - len(chunk))
        chars = [_URLSAFE[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append(''.join(chars[:len(chunk) + 1]))
    return ''.join(out)


def compare_digest(a, b):
    """Return 'a == b' (constant time in CPython)."""
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        return a == b
    buffers = (bytes, bytearray, memoryview)
    if not isinstance(a, buffers) and not isinstance(b, buffers):
        raise TypeError('unsupported operand types(s) or combination of types: '
                        f"'{type(a).__name__}' and '{type(b).__name__}'")
    for x in (a, b):
        if not isinstance(x, buffers):
            raise TypeError(f"a bytes-like object is required, not '{type(x).__name__}'")
    return bytes(a) == bytes(b)
