"""csv's dialect objects and registry, as CPython 3.11's C module _csv
has them: a Dialect is built from a name, a dialect-like object and keyword
overrides, its fields are validated with the C module's messages, and it
cannot be changed afterwards."""

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_dialects = {}
_field_limit = [128 * 1024]

_FIELDS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
           'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError(f'"{name}" must be string or None, '
                            f'not {type(value).__name__}')
        raise TypeError(f'"{name}" must be string, '
                        f'not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class Dialect:
    """CSV dialect

    The Dialect type records CSV parsing and generation options.
    """
    __slots__ = ('_values',)

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _FIELDS:
                raise TypeError(f"'{key}' is an invalid keyword argument "
                                "for this function")
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            # An existing dialect object with no overrides is reused.
            if isinstance(dialect, Dialect) and not kwargs:
                return dialect
        values = {}
        for name in _FIELDS:
            if name in kwargs:
                values[name] = kwargs[name]
            elif dialect is not None and hasattr(dialect, name):
                values[name] = getattr(dialect, name)
            else:
                values[name] = _MISSING
        self = object.__new__(cls)
        object.__setattr__(self, '_values', _validate(values))
        return self

    def __setattr__(self, name, value):
        if name in _FIELDS:
            raise AttributeError(f"attribute '{name}' of '_csv.Dialect' "
                                 "objects is not writable")
        raise AttributeError(f"'_csv.Dialect' object has no attribute "
                             f"'{name}'")

    def __getattr__(self, name):
        if name in _FIELDS:
            return object.__getattribute__(self, '_values')[name]
        raise AttributeError(f"'_csv.Dialect' object has no attribute "
                             f"'{name}'")

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' instances")


Dialect.__module__ = '_csv'
_MISSING = object()


def _validate(v):
    # The C module's order: each field converted, then the combination
    # checked.
    def get(name, default):
        value = v[name]
        return default if value is _MISSING else value

    delimiter = _char('delimiter', get('delimiter', ','), False)
    doublequote = bool(get('doublequote', True))
    escapechar = _char('escapechar', get('escapechar', None), True)
    lineterminator = get('lineterminator', '\r\n')
    if lineterminator is not None and not isinstance(lineterminator, str):
        raise TypeError('"lineterminator" must be a string')
    quotechar = _char('quotechar', get('quotechar', '"'), True)
    quoting = get('quoting', QUOTE_MINIMAL)
    if not isinstance(quoting, int):
        raise TypeError('"quoting" must be an integer')
    skipinitialspace = bool(get('skipinitialspace', False))
    strict = bool(get('strict', False))
    if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC,
                       QUOTE_NONE):
        raise TypeError('bad "quoting" value')
    if v['quotechar'] is None and v['quoting'] is _MISSING:
        quoting = QUOTE_NONE
    if quoting != QUOTE_NONE and quotechar is None:
        raise TypeError('quotechar must be set if quoting enabled')
    if lineterminator is None:
        raise TypeError('lineterminator must be set')
    return {'delimiter': delimiter, 'doublequote': doublequote,
            'escapechar': escapechar, 'lineterminator': lineterminator,
            'quotechar': quotechar, 'quoting': int(quoting),
            'skipinitialspace': skipinitialspace, 'strict': strict}


def make_dialect(dialect, fmtparams):
    """The dialect a reader or writer uses."""
    return Dialect(dialect, **fmtparams)


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    """Return a list of all know dialect names."""
    return list(_dialects)


def field_size_limit(*args):
    """Sets an upper limit on parsed fields and returns the old one."""
    if len(args) > 1:
        raise TypeError(f'field_size_limit expected at most 1 argument, '
                        f'got {len(args)}')
    old = _field_limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit[0] = args[0]
    return old
