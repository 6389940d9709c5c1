"""IANA time zones, as far as the playground can offer them honestly.

The playground has no tz database (no /usr/share/zoneinfo, no tzdata
package). Zones whose rules are fixed forever are built in: UTC and its
aliases (UTC, Etc/UTC, GMT, Etc/GMT, Zulu...) and the fixed-offset Etc/GMT+N
and Etc/GMT-N zones (POSIX sign: Etc/GMT+5 is UTC-05:00). Any other key
raises ZoneInfoNotFoundError, as CPython does on a machine without that
zone; use a fixed offset (datetime.timezone) instead.
"""

import posixpath as _posixpath
from datetime import tzinfo as _tzinfo, timedelta as _timedelta, \
    timezone as _timezone

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH',
           'ZoneInfoNotFoundError', 'InvalidTZPathWarning']

TZPATH = ()

_UTC_KEYS = ('UTC', 'Etc/UTC', 'Etc/UCT', 'UCT', 'Etc/Universal', 'Universal',
             'Etc/Zulu', 'Zulu', 'GMT', 'Etc/GMT', 'Etc/GMT+0', 'Etc/GMT-0',
             'Etc/GMT0', 'GMT+0', 'GMT-0', 'GMT0', 'Etc/Greenwich', 'Greenwich')


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def _fixed_offset(key):
    """(offset, abbreviation) of a built-in zone, or None."""
    if key in _UTC_KEYS:
        return _timedelta(0), ('GMT' if 'GMT' in key or 'Greenwich' in key else 'UTC')
    if key.startswith('Etc/GMT') and len(key) > 8 and key[7] in '+-':
        digits = key[8:]
        if digits.isdigit() and not (len(digits) > 1 and digits[0] == '0'):
            hours = int(digits)
            if key[7] == '+' and 1 <= hours <= 12 or key[7] == '-' and 1 <= hours <= 14:
                # POSIX's sign: GMT+5 is five hours *behind* UTC.
                sign = -1 if key[7] == '+' else 1
                return _timedelta(hours=sign * hours), '%+03d' % (sign * hours)
    return None


def _validate_key(key):
    # CPython's _tzpath checks: a key names a file under a TZPATH entry.
    if not isinstance(key, str):
        raise TypeError(f'expected str, bytes or os.PathLike object, '
                        f'not {type(key).__name__}')
    if key.startswith('/'):
        raise ValueError(f'ZoneInfo keys may not be absolute paths, got: {key}')
    normalized = _posixpath.normpath(key)
    if len(normalized) != len(key):
        raise ValueError(f'ZoneInfo keys must be normalized relative paths, got: {key}')
    base = '/usr/share/zoneinfo/'
    if not _posixpath.normpath(base + normalized).startswith(base):
        raise ValueError(f'ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}')


class ZoneInfo(_tzinfo):
    """A time zone from the IANA database (only fixed-offset ones here)."""

    _cache = {}

    def __new__(cls, key):
        cached = cls._cache.get(key)
        if cached is None:
            cached = cls._new_instance(key)
            cls._cache[key] = cached
        return cached

    @classmethod
    def no_cache(cls, key):
        return cls._new_instance(key)

    @classmethod
    def _new_instance(cls, key):
        _validate_key(key)
        fixed = _fixed_offset(key)
        if fixed is None:
            raise ZoneInfoNotFoundError(f'No time zone found with key {key}')
        self = object.__new__(cls)
        self._key = key
        self._offset, self._name = fixed
        return self

    @classmethod
    def from_file(cls, fobj, /, key=None):
        raise ValueError('Invalid TZif file: the playground reads no tz '
                         'database files')

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return _timedelta(0)

    def tzname(self, dt):
        return self._name

    def fromutc(self, dt):
        if not isinstance(dt, __import__('datetime').datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        return dt + self._offset

    def __str__(self):
        return self._key

    def __repr__(self):
        return f'{type(self).__module__}.{type(self).__qualname__}(key={self._key!r})'

    def __reduce__(self):
        return (type(self)._unpickle, (self._key, True))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)


ZoneInfo.__module__ = 'zoneinfo'


def available_timezones():
    """The keys ZoneInfo accepts here: UTC's aliases and Etc/GMT±N."""
    keys = set(_UTC_KEYS)
    keys.update(f'Etc/GMT+{n}' for n in range(1, 13))
    keys.update(f'Etc/GMT-{n}' for n in range(1, 15))
    return keys


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f'tzpaths must be a list or tuple, not {type(to)}: {to!r}')
        if not all(map(lambda p: str(p).startswith('/'), to)):
            raise ValueError('tzpaths must contain only absolute paths')
        TZPATH = tuple(to)
    else:
        TZPATH = ()
