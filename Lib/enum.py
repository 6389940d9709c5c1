"""Enumerations (CPython 3.11's enum module): Enum, IntEnum, StrEnum,
Flag, IntFlag, auto, unique, verify/member helpers.

Members are built by EnumType.__new__ from the class body (the VM calls no
metaclass __prepare__, so `auto()` values are resolved there, in
definition order). Calling an enum class looks a member up (Enum.__new__);
members are created through the saved `_new_member_`.

IntEnum and IntFlag members are real int instances (int.__new__).
"""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'property', 'verify',
           'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
           'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name', 'show_flag_values']

_builtin_property = property
_builtin_type = type


class nonmember(object):
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    pat_len = len(pattern)
    return (len(name) > pat_len and name.startswith(pattern) and
            name[pat_len:pat_len + 1] != ['_'] and
            (name[-1] != '_' or name[-2] != '_'))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _bit_count(num):
    return bin(num).count('1')


def _signed_bin(num, max_bits=None):
    """bin() with two's complement for negatives and a sign bit first
    ('0b0 1010'), as enum's error messages show values."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value

    # CPython resolves auto() as soon as the class body assigns it, so
    # `RW = READ | WRITE` sees ints; here the body runs in a plain dict, so
    # operators build a deferred expression resolved with the members.
    def __or__(self, other):
        return _AutoExpr('__or__', self, other)

    def __ror__(self, other):
        return _AutoExpr('__or__', other, self)

    def __and__(self, other):
        return _AutoExpr('__and__', self, other)

    def __rand__(self, other):
        return _AutoExpr('__and__', other, self)

    def __xor__(self, other):
        return _AutoExpr('__xor__', self, other)

    def __rxor__(self, other):
        return _AutoExpr('__xor__', other, self)

    def __add__(self, other):
        return _AutoExpr('__add__', self, other)

    def __radd__(self, other):
        return _AutoExpr('__add__', other, self)

    def __sub__(self, other):
        return _AutoExpr('__sub__', self, other)

    def __rsub__(self, other):
        return _AutoExpr('__sub__', other, self)

    def __mul__(self, other):
        return _AutoExpr('__mul__', self, other)

    def __rmul__(self, other):
        return _AutoExpr('__mul__', other, self)


class _AutoExpr(auto):
    """`READ | WRITE` over auto() values, evaluated once they are known."""

    def __init__(self, op, left, right):
        super().__init__(_auto_null)
        self.op, self.left, self.right = op, left, right

    def resolve(self):
        left = self.left
        right = self.right
        if isinstance(left, _AutoExpr):
            left = left.resolve()
        elif isinstance(left, auto):
            left = left.value
        if isinstance(right, _AutoExpr):
            right = right.resolve()
        elif isinstance(right, auto):
            right = right.value
        return getattr(left, self.op)(right)


class property(_builtin_property):
    """The enum module's property (member attributes shadowing is not
    modelled; behaves like the builtin property)."""


class _MemberAttribute:
    """A member's `name`/`value`: read-only, refused with CPython's
    enum.property messages."""

    def __init__(self, attr, doc):
        self.attr = attr
        self.__doc__ = doc

    def __set_name__(self, owner, name):
        self.clsname = owner.__name__
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self.attr)

    def __set__(self, instance, value):
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))


class FlagBoundary:
    def __init__(self, name):
        self.name = name
        self.value = name.lower()

    def __repr__(self):
        return f'<FlagBoundary.{self.name}: {self.value!r}>'

    def __str__(self):
        # A StrEnum in CPython: str() is the value.
        return self.value


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')
FlagBoundary.STRICT, FlagBoundary.CONFORM = STRICT, CONFORM
FlagBoundary.EJECT, FlagBoundary.KEEP = EJECT, KEEP


class _MappingProxy:
    """Read-only view of a class's members (CPython: mappingproxy)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


def _data_type(bases, class_name=None):
    """The mixed-in data type (str, int, a dataclass...) of an enum, or
    object (CPython's EnumType._find_data_type_)."""
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            elif isinstance(base, EnumType):
                if base._member_type_ is not object:
                    if base._member_type_ not in data_types:
                        data_types.append(base._member_type_)
                    break
            elif (base in (int, str, float, tuple, bytes, complex) or '__new__' in base.__dict__
                  or '__dataclass_fields__' in base.__dict__):
                found = candidate or base
                if found not in data_types:
                    data_types.append(found)
                break
            else:
                candidate = candidate or base
    if len(data_types) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, set(data_types)))
    return data_types[0] if data_types else object


def _first_enum(bases):
    if not bases:
        return Enum if 'Enum' in globals() else None
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return last


_MappingProxy.__name__ = _MappingProxy.__qualname__ = 'mappingproxy'
_MappingProxy.__module__ = 'builtins'

class _EnumDict(dict):
    """The class body namespace of an enum: refuses to define a member
    name twice, or a member over a method (CPython's messages)."""

    def __init__(self, cls_name):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = set()
        self._auto_called = False

    def __setitem__(self, key, value):
        if key == '_generate_next_value_' and self._auto_called:
            raise TypeError('_generate_next_value_ must be defined before members')
        if isinstance(value, auto) or (isinstance(value, tuple) and any(isinstance(v, auto) for v in value)):
            self._auto_called = True
        if (_is_dunder(key) or _is_sunder(key) or _is_private(self._cls_name, key)
                or isinstance(value, nonmember)):
            pass
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif _is_descriptor(value) or isinstance(value, type):
            pass
        else:
            if key in self and not (isinstance(self._ignored(), (list, tuple, str)) and key in self._ignored()):
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if not (isinstance(self._ignored(), (list, tuple, str)) and key in self._ignored()):
                self._member_names.add(key)
        super().__setitem__(key, value)

    def _ignored(self):
        ignore = dict.get(self, '_ignore_', [])
        return ignore.replace(',', ' ').split() if isinstance(ignore, str) else ignore


def _check_order(enum_class, order):
    """Compare a class's _order_ with its members' definition order, as
    CPython does: multi-bit flags and aliases named in _order_ are skipped."""
    if isinstance(order, str):
        order = order.replace(',', ' ').split()
    member_map = enum_class._member_map_
    names = enum_class._member_names_
    if Flag is not None and issubclass(enum_class, Flag):
        order = [o for o in order
                 if o not in member_map or _is_single_bit(member_map[o]._value_)]
    order = [o for o in order if o not in member_map or o in names]
    if order != names:
        raise TypeError('member order does not match _order_:\n  %r\n  %r'
                        % (names, order))


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return _EnumDict(cls)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f'<enum {cls!r}> cannot extend {base!r}')
        members = []
        body = {}
        for key, value in classdict.items():
            if key in ignore:
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if isinstance(value, member):
                members.append((key, value.value))
                continue
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value) or isinstance(value, type)):
                # CPython 3.11's _EnumDict allows only these _sunder_ names
                # in a class body (the enum module's own classes set more).
                if _is_sunder(key) and classdict.get('__module__') != __name__ and key not in (
                        '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                        '_ignore_', '_iter_member_', '_iter_member_by_value_',
                        '_iter_member_by_def_'):
                    raise ValueError(f'_sunder_ names, such as {key!r}, are '
                                     'reserved for future Enum use')
                body[key] = value
                continue
            members.append((key, value))
        invalid_names = {name for name, _ in members} & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) {}'.format(
                ','.join(repr(n) for n in sorted(invalid_names))))
        body.pop('_ignore_', None)
        order = body.pop('_order_', None)
        custom_new = body.pop('__new__', None)
        member_type = classdict.get('_member_type_') or _data_type(bases, cls)
        first_enum = bases[-1] if bases else None
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        # A class without a docstring does not inherit Enum's.
        body.setdefault('__doc__', None)
        if boundary is not None:
            body['_boundary_'] = boundary
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        # Which __new__ creates members: one from the class body, else one
        # saved by an enum base, else the data type's.
        if custom_new is not None:
            new_member = custom_new
            if isinstance(new_member, staticmethod):
                new_member = new_member.__func__
        else:
            new_member = None
            for base in enum_class.__mro__[1:]:
                saved = base.__dict__.get('_new_member_')
                if saved is not None:
                    new_member = saved
                    break
        type.__setattr__(enum_class, '_new_member_', new_member)
        type.__setattr__(enum_class, '_use_args_', new_member is not None or member_type is not object)
        # Enum classes inherit Enum.__new__ (the lookup) and a no-op __init__
        # once their members exist (the VM would re-run __init__ on lookup).
        generate = getattr(enum_class, '_generate_next_value_')
        last_values = []
        init = enum_class.__dict__.get('__init__')
        if init is None:
            for base in enum_class.__mro__[1:]:
                if '__init__' in base.__dict__ and base is not object \
                        and not _is_enum_machinery(base):
                    if isinstance(base, EnumType) or base not in (int, str, float, tuple):
                        init = base.__dict__['__init__']
                        break
        count = 0
        for name, value in members:
            if isinstance(value, _AutoExpr):
                value = value.resolve()
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(name, 1, count, last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                resolved = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = generate(name, 1, count, last_values[:])
                        v = v.value
                    resolved.append(v)
                value = tuple(resolved)
            count += 1
            last_values.append(value)
            enum_class._add_member_(name, value, init)
        if init is not None:
            type.__setattr__(enum_class, '__init__', _noop_init)
        _fix_dunders(enum_class, classdict, bases, member_type)
        type.__setattr__(enum_class, '__new__', _enum_lookup_new)
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._init_flag_()
        if order is not None:
            _check_order(enum_class, order)
        return enum_class

    def _add_member_(cls, name, value, init):
        member_type = cls._member_type_
        if not isinstance(value, tuple):
            args = (value,)
        else:
            args = value
        if member_type is tuple:
            args = (args,)
        new_member = cls._new_member_
        if new_member is not None:
            obj = new_member(cls, *args)
        elif member_type is object or member_type.__new__ is object.__new__:
            obj = object.__new__(cls)
        else:
            obj = member_type.__new__(cls, *args)
        if not hasattr(obj, '_value_'):
            if member_type is object:
                obj._value_ = value
            else:
                try:
                    obj._value_ = member_type(*args)
                except Exception:
                    obj._value_ = value
        value = obj._value_
        obj._name_ = name
        obj.__objclass__ = cls
        obj._sort_order_ = len(cls._member_names_)
        if init is not None:
            if args == ():
                args = (value,)
            init(obj, *args)
        # An alias reuses the canonical member with an equal value.
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is None:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            obj = canonical
        else:
            if Flag is None or not issubclass(cls, Flag):
                cls._member_names_.append(name)
            else:
                # CPython ors each value into _flag_mask_ here: a value that
                # is not an int fails with that operator's TypeError.
                mask = 0
                mask |= value
                cls._member_names_.append(name)
        cls._member_map_[name] = obj
        try:
            cls._value2member_map_.setdefault(value, obj)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, obj)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        # The VM routes Class(...) to __new__ (Enum.__new__ below); this is
        # reached only when a program calls EnumType.__call__ explicitly.
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            if isinstance(member, cls._member_type_) and cls._member_type_ is not object:
                return member in cls._value2member_map_
            import warnings
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __dir__(cls):
        names = set(['__class__', '__contains__', '__doc__', '__getitem__',
                     '__init_subclass__', '__iter__', '__len__', '__members__',
                     '__module__', '__name__', '__qualname__'])
        names.update(cls._member_names_)
        if cls._new_member_ not in (None, object.__new__):
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Functional API: Enum('Name', 'A B C') and friends."""
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        # The class body's rules (a name defined twice) apply here too.
        checked = _EnumDict(class_name)
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            checked[member_name] = member_value
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        metacls = _builtin_type(cls)
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)


EnumMeta = EnumType


def _fix_dunders(enum_class, classdict, bases, member_type):
    # A data type's repr/str/format must not hide Enum's (StrEnum's MRO
    # puts str before Enum); ReprEnum keeps the data type's str/format.
    repr_enum = globals().get('ReprEnum')
    first_enum = None
    for base in bases:
        if isinstance(base, EnumType):
            first_enum = base
    if first_enum is None or member_type is object:
        return
    if repr_enum is not None and repr_enum in bases:
        if '__format__' not in classdict:
            type.__setattr__(enum_class, '__format__', member_type.__format__)
            classdict = dict(classdict, __format__=None)
        if '__str__' not in classdict:
            method = member_type.__str__
            if method is object.__str__:
                method = member_type.__repr__
            type.__setattr__(enum_class, '__str__', method)
            classdict = dict(classdict, __str__=None)
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name in classdict:
            continue
        found = getattr(enum_class, name, None)
        if found is None:
            continue
        if found is getattr(member_type, name, None) or found is getattr(object, name, None):
            type.__setattr__(enum_class, name, getattr(first_enum, name))

_MACHINERY = ('Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag')


def _is_enum_machinery(cls):
    return cls.__module__ == __name__ and cls.__name__ in _MACHINERY


def _noop_init(self, *args, **kwds):
    pass


def _enum_lookup_new(cls, value=_auto_null, *args, **kwds):
    if cls._member_map_ is None or value is _auto_null:
        raise TypeError(f'{cls.__name__}() missing 1 required positional argument: \'value\'')
    if args or kwds:
        if cls._member_names_:
            raise TypeError(f'{cls.__name__}() takes 1 positional argument '
                            f'but {len(args) + 2} were given')
        return cls._create_(value, args[0] if args else kwds.get('names'),
                            module=kwds.get('module'), qualname=kwds.get('qualname'),
                            type=kwds.get('type'), start=kwds.get('start', 1))
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    # Not found: a class without members was reached by mistake (Enum('E')).
    if not cls._member_map_:
        raise TypeError('%r has no members defined' % cls)
    try:
        exc = None
        result = cls._missing_(value)
    except Exception as e:
        exc = e
        result = None
    try:
        if isinstance(result, cls):
            return result
        elif Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
                and isinstance(result, int):
            return result
        else:
            ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            if result is None and exc is None:
                raise ve_exc
            elif exc is None:
                exc = TypeError(
                    'error in %s._missing_: returned %r instead of None or a valid member'
                    % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
    finally:
        exc = None
        ve_exc = None


Flag = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    continue
        except TypeError:
            pass
        raise TypeError('unable to sort non-numeric values') from None

    _generate_next_value_ = staticmethod(_generate_next_value_)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        # CPython 3.11's: a mixed-in member shows everything object.__dir__
        # finds; members are left out, enum properties (name, value) kept.
        interesting = set()
        if self.__class__._member_type_ is not object:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__']) | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    name = _MemberAttribute('_name_', 'The name of the Enum member.')
    value = _MemberAttribute('_value_', 'The value of the Enum member.')


Enum._value_repr_ = None
Enum._boundary_ = None
type.__setattr__(Enum, '__new__', _enum_lookup_new)


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    _member_type_ = int

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        # int.__format__: an empty spec is str(self), a subclass's __str__.
        if not format_spec:
            return str(self)
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        # The plain string value (the VM's str.__str__ of a str subclass
        # would consult __repr__; slicing copies to an exact str).
        return self[:]

    def __format__(self, format_spec):
        # str.__format__: an empty spec is str(self), a subclass's __str__.
        if not format_spec:
            return str(self)
        return format(self[:], format_spec)

    def __hash__(self):
        return hash(self[:])

    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()

    _generate_next_value_ = staticmethod(_generate_next_value_)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration


class Flag(Enum, boundary=STRICT):
    """Support for flags."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given: the next power of two."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    _generate_next_value_ = staticmethod(_generate_next_value_)

    @classmethod
    def _init_flag_(cls):
        flag_mask = 0
        single = []
        for name in cls._member_names_:
            value = cls._member_map_[name]._value_
            if isinstance(value, int) and _is_single_bit(value):
                single.append(name)
            if isinstance(value, int):
                flag_mask |= value
        type.__setattr__(cls, '_flag_mask_', flag_mask)
        type.__setattr__(cls, '_all_bits_', 2 ** flag_mask.bit_length() - 1)
        type.__setattr__(cls, '_singles_mask_', sum(cls._member_map_[n]._value_ for n in single))
        canonical = [n for n in cls._member_names_ if n in single]
        aliases = [n for n in cls._member_names_ if n not in single]
        cls._member_names_[:] = canonical
        type.__setattr__(cls, '_multi_names_', aliases)
        values = [cls._member_map_[n]._value_ for n in canonical]
        if values != sorted(values):
            type.__setattr__(cls, '_iter_member_', cls._iter_member_by_def_)

    @classmethod
    def _iter_member_by_def_(cls, value):
        """Extract all members from the value in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(val)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _missing_(cls, value):
        """Create a composite member containing all canonical members present in `value`."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask)):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(
                    '%r invalid value %r\n    given %s\n  allowed %s' % (
                        cls, value, _signed_bin(value, max_bits), _signed_bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = (max(all_bits + 1, 2 ** (value.bit_length())) + value)
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (
                cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for pm in cls._member_map_.values():
                    pv = pm._value_
                    if pm not in members and pv and pv & value == pv:
                        members.append(pm)
                        combined_value |= pv
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member.__objclass__ = cls
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        """Returns True if self has at least the same flags set as other."""
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """Returns flags in definition order."""
        for m in self._iter_member_(self._value_):
            yield m

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        else:
            return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        else:
            return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        value = self._value_
        return self.__class__(value | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        value = self._value_
        return self.__class__(value & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        value = self._value_
        return self.__class__(value ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


Flag._inverted_ = None
Flag._flag_mask_ = 0
Flag._singles_mask_ = 0
Flag._all_bits_ = 0
Flag._multi_names_ = []


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    _member_type_ = int

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        # int.__format__: an empty spec is str(self), a subclass's __str__.
        if not format_spec:
            return str(self)
        return format(self._value_, format_spec)

    def __or__(self, other):
        if isinstance(other, IntFlag):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, IntFlag):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, IntFlag):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._inverted_ is None:
            self._inverted_ = self.__class__(~self._value_)
        return self._inverted_


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    def convert_class(cls):
        body = {k: v for k, v in cls.__dict__.items() if k not in ('__dict__', '__weakref__')}
        return EnumType.__new__(type(etype), cls.__name__, (etype,), body, boundary=boundary)
    return convert_class


class EnumCheck:
    """The checks verify() runs (a StrEnum in CPython: str() is the value)."""

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<EnumCheck.{self.name}: {self.value!r}>'

    def __str__(self):
        return self.value


CONTINUOUS = EnumCheck('CONTINUOUS', 'no skipped integer values')
NAMED_FLAGS = EnumCheck('NAMED_FLAGS', 'multi-flag aliases may not contain unnamed flags')
UNIQUE = EnumCheck('UNIQUE', 'one name per value')
EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE = CONTINUOUS, NAMED_FLAGS, UNIQUE


class verify:
    """Check an enumeration for various constraints (UNIQUE, CONTINUOUS,
    NAMED_FLAGS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                              if name != m.name]
                if duplicates:
                    alias_details = ', '.join('%s -> %s' % pair for pair in duplicates)
                    raise ValueError('aliases found in %r: %s' % (enumeration, alias_details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if issubclass(enumeration, Flag):
                    # every power of two between the lowest and highest bit
                    kind = 'flag'
                    missing = [1 << i for i in range(low.bit_length(), high.bit_length() - 1)
                               if 1 << i not in values]
                else:
                    kind = 'enum'
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        kind, cls_name, ', '.join((str(m) for m in missing))))[:256])
            elif check is NAMED_FLAGS:
                # every bit of a (non-negative) alias must be a named member
                canonical = enumeration._member_names_
                named_values = [m.value for m in enumeration]
                unnamed_aliases = []
                unnamed_bits = 0
                for name, alias in enumeration._member_map_.items():
                    if name in canonical or alias.value < 0:
                        continue
                    missed = [v for v in _iter_bits_lsb(alias.value) if v not in named_values]
                    if missed:
                        unnamed_aliases.append(name)
                        for v in missed:
                            unnamed_bits |= v
                if unnamed_aliases:
                    if len(unnamed_aliases) == 1:
                        alias = 'alias %s is missing' % unnamed_aliases[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (
                            ', '.join(unnamed_aliases[:-1]), unnamed_aliases[-1])
                    if _is_single_bit(unnamed_bits):
                        value = 'value 0x%x' % unnamed_bits
                    else:
                        value = 'combined values of 0x%x' % unnamed_bits
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                                     'for details]' % (cls_name, alias, value))
        return enumeration


def global_enum_repr(self):
    return '%s.%s' % (self.__class__.__module__, self._name_)


def global_flag_repr(self):
    return global_enum_repr(self)


def global_str(self):
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator that makes the members available at module level."""
    cls.__repr__ = global_enum_repr
    if update_str:
        cls.__str__ = global_str
    try:
        sys._getframe(1).f_globals.update(cls.__members__)
    except (AttributeError, ValueError):
        pass
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
