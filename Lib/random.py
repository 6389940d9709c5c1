"""Random variable generators, Interleave's pure-Python random.

Follows CPython 3.11's algorithms step for step so that, for the same seed,
every function returns exactly what CPython returns (conformance cases 007,
008, 093): `_randbelow` is getrandbits rejection sampling, `sample` picks
between its pool and set algorithms with CPython's `setsize` rule, `choices`
bisects cumulative weights, `gauss` caches its second value.

The Mersenne Twister itself is native: `_random.Random` (on CPython its own
C module; in Interleave a Swift module) must provide `seed(n)` (n an int >= 0
or None), `random()` (53-bit float), `getrandbits(k)` and, for
getstate/setstate, `getstate()`/`setstate(tuple)`. `Random` here wraps one
core object instead of subclassing the native type.
"""

import _random
from math import log as _log, ceil as _ceil, floor as _floor, isfinite as _isfinite
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate, repeat as _repeat
from collections.abc import Sequence as _Sequence
from _random_distributions import Distributions as _Distributions
from _random_distributions import NV_MAGICCONST, TWOPI, LOG4, SG_MAGICCONST

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint",
           "choice", "sample", "randrange", "shuffle", "normalvariate",
           "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
           "triangular", "gauss", "betavariate", "paretovariate",
           "weibullvariate", "getstate", "setstate", "getrandbits", "choices",
           "randbytes"]

BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1


def _index(value):
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _as_int(value, what):
    # randrange() still accepts integral floats in 3.11 (with a deprecation
    # warning CPython prints to stderr only).
    try:
        return _index(value)
    except TypeError:
        converted = int(value)
        if converted != value:
            raise ValueError(f"non-integer {what} for randrange()")
        return converted


# The VM may lack bytes/bytearray; str seeds never need them.
try:
    _BYTES_TYPES = (bytes, bytearray)
except NameError:
    _BYTES_TYPES = ()


class Random(_Distributions):
    """A Mersenne Twister generator with CPython's sampling methods (the
    continuous distributions come from _random_distributions.py)."""

    VERSION = 3

    def __init__(self, x=None):
        self._core = _random.Random()
        cls = type(self)
        if cls is not Random:
            # A subclass that supplies random() but not getrandbits() gets
            # the float-based _randbelow, as CPython's __init_subclass__ does.
            own_random = getattr(cls, 'random') is not getattr(Random, 'random')
            own_bits = getattr(cls, 'getrandbits') is not getattr(Random, 'getrandbits')
            if own_random and not own_bits:
                self._randbelow = self._randbelow_without_getrandbits
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initialize the generator from a (None, int, float, str, bytes)."""
        if version == 1 and isinstance(a, (str,) + _BYTES_TYPES[:1]):
            codes = [ord(ch) for ch in a] if isinstance(a, str) else list(a)
            x = codes[0] << 7 if codes else 0
            for c in codes:
                x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
            x ^= len(codes)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str,) + _BYTES_TYPES):
            from _seedhash import seed_int, utf8_codes
            a = seed_int(utf8_codes(a) if isinstance(a, str) else list(a))
        elif not isinstance(a, (type(None), int, float, str) + _BYTES_TYPES):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if a is None:
            self._core.seed(None)
        elif isinstance(a, int):
            self._core.seed(abs(a))
        else:
            # The C core seeds from hash(a) reinterpreted as unsigned 64-bit.
            h = hash(a)
            if h < 0:
                h += 1 << 64
            self._core.seed(h)
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, self._core.getstate(), self.gauss_next

    def setstate(self, state):
        """Restore internal state from an object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            self._core.setstate(internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
            self._core.setstate(internalstate)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    def random(self):
        """Return the next random float in [0.0, 1.0)."""
        return self._core.random()

    def getrandbits(self, k):
        """Return a non-negative int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        return self._core.getrandbits(k)

    def _randbelow(self, n):
        """Return a random int in [0, n), n > 0: rejection sampling."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_with_getrandbits(self, n):
        return Random._randbelow(self, n)

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        random = self.random
        if n >= maxsize:
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """Choose a random item from range(start, stop[, step])."""
        istart = _as_int(start, 'arg 1')
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _as_int(stop, 'stop')
        width = istop - istart
        istep = _as_int(step, 'step')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return a random integer in [a, b], both end points included."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place (Fisher-Yates from the end)."""
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Choose k unique random elements from a population sequence."""
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # CPython's threshold between a list pool and a set of picked indices.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of elements chosen with replacement."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for i in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: k={k!r}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)]
                for i in _repeat(None, k)]

    def uniform(self, a, b):
        """Random number in [a, b) or [a, b] depending on rounding."""
        return a + (b - a) * self.random()


# The mixed-in distributions are Random's methods in CPython: their
# qualified names (shown in argument errors) say so.
for _name, _method in vars(_Distributions).items():
    if hasattr(_method, '__code__'):
        _method.__qualname__ = 'Random.' + _name
del _name, _method


class SystemRandom(Random):
    """Random numbers from os.urandom: in the sandbox that is the run's
    seeded generator, so a program prints the same values on every run."""

    def __init__(self, x=None):
        from os import urandom
        super().__init__(int.from_bytes(urandom(16), 'big'))

    def seed(self, *args, **kwds):
        """Stub method.  Not used for a system random number generator."""
        return None

    def _notimplemented(self, *args, **kwds):
        """Method should not be called for a system random number generator."""
        raise NotImplementedError('System entropy source does not have state.')
    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
