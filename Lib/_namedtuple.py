"""collections.namedtuple without exec: the class is built by a class
statement inside the factory, and `__new__` binds its arguments by hand,
raising the same TypeErrors CPython's generated `__new__` raises.
"""

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
    'with', 'yield'])


def _quoted_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


class _tuplegetter:
    """Read-only field accessor (CPython's C `_tuplegetter`): `p.x` is
    `p[0]`; assigning raises AttributeError("can't set attribute")."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'_tuplegetter({self._index}, {self.__doc__!r})'


_tuplegetter.__module__ = '_collections'
_TupleGetter = _tuplegetter


def _validate(typename, field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    return typename, tuple(field_names)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    typename, fields = _validate(typename, field_names, rename)
    num_fields = len(fields)
    field_defaults = {}
    default_values = ()
    if defaults is not None:
        default_values = tuple(defaults)
        if len(default_values) > num_fields:
            raise TypeError('Got more default values than field names')
        for name, value in zip(fields[num_fields - len(default_values):], default_values):
            field_defaults[name] = value
    num_required = num_fields - len(default_values)
    qualname_new = f'{typename}.__new__'

    class _NamedTuple(tuple):
        __slots__ = ()

        def __new__(_cls, *args, **kwargs):
            if len(args) > num_fields:
                if default_values:
                    expected = f'from {num_required + 1} to {num_fields + 1} positional arguments'
                else:
                    expected = f'{num_fields + 1} positional argument' + ('s' if num_fields else '')
                was = 'was' if len(args) + 1 == 1 else 'were'
                raise TypeError(f'{qualname_new}() takes {expected} but {len(args) + 1} {was} given')
            values = list(args)
            if kwargs or len(values) < num_fields:
                values.extend([_MISSING] * (num_fields - len(values)))
                for key, value in kwargs.items():
                    if key not in fields:
                        raise TypeError(f'{qualname_new}() got an unexpected keyword argument {key!r}')
                    position = fields.index(key)
                    if values[position] is not _MISSING:
                        raise TypeError(f'{qualname_new}() got multiple values for argument {key!r}')
                    values[position] = value
                missing = [fields[i] for i in range(num_required) if values[i] is _MISSING]
                if missing:
                    plural = 's' if len(missing) > 1 else ''
                    raise TypeError(f'{qualname_new}() missing {len(missing)} required '
                                    f'positional argument{plural}: {_quoted_list(missing)}')
                for i in range(num_required, num_fields):
                    if values[i] is _MISSING:
                        values[i] = default_values[i - num_required]
            return tuple.__new__(_cls, values)

        @classmethod
        def _make(cls, iterable):
            """Make a new object from a sequence or iterable"""
            result = tuple.__new__(cls, iterable)
            if len(result) != num_fields:
                raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
            return result

        def _replace(self, /, **kwds):
            """Return a new object replacing specified fields with new values"""
            result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
            if kwds:
                raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
            return result

        def __repr__(self):
            """Return a nicely formatted representation string"""
            body = ', '.join([f'{name}={value!r}' for name, value in zip(fields, self)])
            return f'{self.__class__.__name__}({body})'

        def _asdict(self):
            """Return a new dict which maps field names to their values."""
            return dict(zip(self._fields, self))

        def __getnewargs__(self):
            """Return self as a plain tuple.  Used by copy and pickle."""
            return tuple(self)

    cls = _NamedTuple
    cls.__name__ = typename
    cls.__qualname__ = typename
    arg_list = ", ".join(fields) + ("," if len(fields) == 1 else "")
    cls.__doc__ = f'{typename}({arg_list})'
    new = cls.__dict__['__new__']
    new = getattr(new, '__func__', new)
    new.__doc__ = f'Create new instance of {typename}({arg_list})'
    new.__qualname__ = qualname_new
    new.__defaults__ = default_values or None
    cls._replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'
    cls._fields = fields
    cls._field_defaults = field_defaults
    cls.__match_args__ = fields
    for index, name in enumerate(fields):
        setattr(cls, name, _TupleGetter(index, f'Alias for field number {index}'))
    cls.__module__ = module if module is not None else '__main__'
    return cls


class _Missing:
    def __repr__(self):
        return '<missing>'


_MISSING = _Missing()
