"""unittest.mock: a pragmatic subset of CPython 3.11's mock library.

Here: Mock, NonCallableMock, MagicMock, NonCallableMagicMock, AsyncMock
(awaitable calls, await_count/await_args(_list), assert_awaited*), PropertyMock,
call, ANY, DEFAULT, sentinel, patch (decorator, class decorator, context
manager, start/stop), patch.object, patch.dict, patch.multiple, patch.stopall;
return_value, side_effect (exception, iterable, function), wraps, spec and
spec_set (a list of names, a class or an object: unknown attributes raise,
isinstance passes), configure_mock, attach_mock, reset_mock, call_args(_list),
mock_calls, method_calls, and the assert_called*/assert_any_call/
assert_has_calls/assert_not_called family with CPython's messages.

Left out: create_autospec/autospec (signature checking of calls),
seal, mock_open, ThreadingMock, magic methods beyond the common ones
(see _MAGIC_DEFAULTS), and repr ids that look like CPython's.
"""

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'NonCallableMock', 'NonCallableMagicMock', 'PropertyMock',
           'AsyncMock', 'FILTER_DIR')

import builtins
import functools
import inspect
import pprint
import sys

FILTER_DIR = True


class _SentinelObject:
    """A unique named object (sentinel.name)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """sentinel.anything is a unique object named 'sentinel.anything'."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything (for call arguments one does not care about)."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts.extend('%s=%r' % (key, value) for key, value in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


def _is_magic(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__'


def _is_async_func(obj):
    return inspect.iscoroutinefunction(obj)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


class _Call(tuple):
    """A recorded or expected call: (name, args, kwargs), or (args, kwargs)
    for call_args. `call(1, x=2)`, `call.method(3)` and `call().method()`
    build expected calls to compare with what a mock recorded."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        _len = len(value)
        if _len == 3:
            name, args, kwargs = value
        elif _len == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif _len == 1:
            value, = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return '', args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if (getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None)
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if len_other == 0:
            other_args, other_kwargs = (), {}
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            value, = other
            if isinstance(value, tuple):
                other_args, other_kwargs = value, {}
            elif isinstance(value, str):
                other_name, other_args, other_kwargs = value, (), {}
            else:
                other_args, other_kwargs = (), value
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('_mock_') or _is_magic(attr):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = '%s.%s' % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    def count(self, /, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, /, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif not name.startswith('()'):
                name = 'call.%s' % name
            else:
                name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """For a chained call, the list of every call in the chain."""
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls where `[c1, c2] in calls` finds a contiguous run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(0, len(self) - n + 1):
            if list(self[i:i + n]) == list(value):
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


# --- magic methods ------------------------------------------------------------

def _default_hash(mock):
    return object.__hash__(mock)


def _default_str(mock):
    return object.__str__(mock)


def _default_eq(mock):
    def eq(other):
        ret_val = mock.__eq__._mock_return_value
        if ret_val is not DEFAULT:
            return ret_val
        if mock is other:
            return True
        return NotImplemented
    return eq


def _default_ne(mock):
    def ne(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if mock is other:
            return False
        return NotImplemented
    return ne


def _default_iter(mock):
    def it():
        ret_val = mock.__iter__._mock_return_value
        if ret_val is DEFAULT:
            return iter([])
        return iter(ret_val)
    return it


# name -> fixed return value, or a factory (mock -> side effect) for the
# defaults that depend on the mock itself.
_MAGIC_DEFAULTS = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}
_MAGIC_SIDE_EFFECTS = {
    '__hash__': lambda mock: (lambda: _default_hash(mock)),
    '__str__': lambda mock: (lambda: _default_str(mock)),
    '__sizeof__': lambda mock: (lambda: object.__sizeof__(mock)),
    '__eq__': _default_eq, '__ne__': _default_ne, '__iter__': _default_iter,
}
_MAGICS = {
    '__lt__', '__gt__', '__le__', '__ge__', '__int__', '__contains__',
    '__len__', '__exit__', '__enter__', '__complex__', '__float__', '__bool__',
    '__index__', '__hash__', '__str__', '__sizeof__', '__eq__', '__ne__',
    '__iter__', '__getitem__', '__setitem__', '__delitem__', '__call__',
    '__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__',
    '__neg__', '__pos__', '__abs__', '__invert__', '__round__', '__reversed__',
    '__next__', '__fspath__', '__format__',
}
_ASYNC_MAGICS = {'__aenter__', '__aexit__', '__aiter__', '__anext__'}
_ASYNC_METHOD_MAGICS = {'__aenter__', '__aexit__', '__anext__'}
_all_magics = _MAGICS | _ASYNC_MAGICS
_non_defaults = {'__call__'}


class _MagicSlot:
    """A magic method on MagicMock's class: special-method lookup finds this
    descriptor, which hands out the instance's own child mock for it."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._mock_magic(self.name)

    def __set__(self, obj, value):
        obj._mock_set_magic(self.name, value)

    def __delete__(self, obj):
        obj.__dict__['_mock_magics'][self.name] = _deleted

    def __call__(self, obj, /, *args, **kwargs):
        # Where special-method lookup calls the class attribute unbound
        # with the instance first (the VM) instead of going through __get__.
        return obj._mock_magic(self.name)(*args, **kwargs)


class _AsyncIterator:
    """What a MagicMock's __aiter__ returns: iterates return_value."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


# --- the mock classes ---------------------------------------------------------

_INTERNALS = {
    '_mock_parent', '_mock_name', '_mock_new_name', '_mock_new_parent',
    '_mock_children', '_mock_return_value', '_mock_side_effect', '_mock_wraps',
    '_mock_methods', '_spec_class', '_spec_set', '_mock_unsafe',
    'called', 'call_count', 'call_args', 'call_args_list', 'mock_calls',
    'method_calls', '_mock_magics', '_mock_sealed', '_mock_delegate',
    'await_count', 'await_args', 'await_args_list', '_is_coroutine',
    '__code__', '_spec_asyncs',
}


class NonCallableMock:
    """A mock object that records attribute access; child attributes are
    mocks of the same kind, created on first access."""

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_unsafe'] = unsafe
        d['_mock_magics'] = {}
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        d['_mock_methods'] = None
        d['_spec_class'] = None
        d['_spec_set'] = None
        d['_spec_asyncs'] = []
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        self._mock_add_spec(spec, spec_set)
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = _CallList()
        d['mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        spec_class = None
        methods = None
        asyncs = []
        if spec is not None and not isinstance(spec, list):
            spec_class = spec if isinstance(spec, type) else type(spec)
            methods = dir(spec)
            for attr in methods:
                try:
                    value = getattr(spec, attr, None)
                except Exception:
                    continue
                if _is_async_func(value):
                    asyncs.append(attr)
        elif spec is not None:
            methods = list(spec)
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_mock_methods'] = methods
        d['_spec_asyncs'] = asyncs

    def mock_add_spec(self, spec, spec_set=False):
        """Restricts the mock's attributes to spec's (existing children stay)."""
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        """Attaches mock as the child `attribute`, recording its calls here."""
        inner = mock.__dict__
        inner['_mock_parent'] = None
        inner['_mock_new_parent'] = None
        inner['_mock_name'] = ''
        inner['_mock_new_name'] = None
        setattr(self, attribute, mock)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if _is_mock(value) and value._mock_parent is None and value._mock_new_parent is None:
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = '()'

    return_value = property(_get_return_value, _set_return_value,
                            doc="What calling the mock returns (a child mock by default).")

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not _is_exception(value) and not callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect,
                           doc="An exception to raise, an iterable of results, or a function to call.")

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forgets the recorded calls (of the children too); with
        return_value/side_effect, also those settings."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in list(self._mock_children.values()) + list(self._mock_magics.values()):
            if _is_mock(child):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if _is_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Sets attributes from keywords; dotted names reach into children
        (`m.configure_mock(**{'method.return_value': 3})`)."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            parts = arg.split('.')
            final = parts.pop()
            obj = self
            for entry in parts:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_magics') or name in _INTERNALS:
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            klass = None
            if name in self._spec_asyncs:
                klass = AsyncMock
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self,
                                          _klass=klass)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if name in _INTERNALS or (name.startswith('_mock_')):
            self.__dict__[name] = value
            return
        if name in ('return_value', 'side_effect', '__class__'):
            if name == '__class__':
                self.__dict__['_spec_class'] = value
                return
            object.__setattr__(self, name, value)
            return
        if (self._spec_set and self._mock_methods is not None and
                name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _all_magics and isinstance(self, MagicMixin):
            self._mock_set_magic(name, value)
            return
        if _is_mock(value) and value._mock_parent is None and value._mock_new_parent is None:
            inner = value.__dict__
            if inner['_mock_name'] is None or inner['_mock_name'] == '':
                inner['_mock_name'] = name
            inner['_mock_parent'] = self
            inner['_mock_new_parent'] = self
            inner['_mock_new_name'] = name
            self._mock_children[name] = value
            return
        if name in self._mock_children:
            del self._mock_children[name]
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self.__dict__ and name not in _INTERNALS:
            object.__delattr__(self, name)
            self._mock_children[name] = _deleted
            return
        if self._mock_children.get(name) is _deleted:
            raise AttributeError(name)
        self._mock_children[name] = _deleted

    def __dir__(self):
        extras = self._mock_methods or []
        children = [name for name, value in self._mock_children.items()
                    if value is not _deleted]
        names = set(dir(type(self))) | set(extras) | set(children)
        names |= {n for n in self.__dict__ if not n.startswith('_')}
        return sorted(names)

    def _extract_mock_name(self):
        """The dotted name repr shows: 'mock.method().attr'."""
        return ''.join(self._name_parts())

    def _name_parts(self):
        parts = []
        mock = self
        seen = set()
        while mock._mock_new_parent is not None and id(mock) not in seen:
            seen.add(id(mock))
            name = mock._mock_new_name
            parts.append(name if name == '()' else '.' + name)
            mock = mock._mock_new_parent
        parts.append(mock._mock_name or 'mock')
        return reversed(parts)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r' % self._spec_class.__name__
            if self._spec_set:
                spec_string = ' spec_set=%r' % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string,
                                     spec_string, id(self))

    def _get_child_mock(self, /, _klass=None, **kw):
        """A new child (attribute or return value): the parent's own class,
        except that async magics and an AsyncMock's children are AsyncMocks
        and a non-callable mock's children are callable."""
        if _klass is not None:
            return _klass(**kw)
        new_name = kw.get('_new_name')
        if new_name in self._spec_asyncs:
            return AsyncMock(**kw)
        own = type(self)
        if issubclass(own, MagicMock) and new_name in _ASYNC_METHOD_MAGICS:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            if new_name in _MAGICS or (self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            klass = MagicMock if issubclass(own, NonCallableMagicMock) else Mock
        else:
            klass = own
        return klass(**kw)

    # --- assertions -----------------------------------------------------------

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        message = 'expected %s not found.\nExpected: %s\n  Actual: %s'
        expected_string = self._format_mock_call_signature(args, kwargs)
        actual_string = self._format_mock_call_signature(*self.call_args)
        return message % (action, expected_string, actual_string)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {_safe_repr(self.mock_calls)}."

    def assert_not_called(self):
        """Fails if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called(self):
        """Fails unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Fails unless the mock was called exactly once."""
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fails unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        if _Call((args, kwargs), two=True) != self.call_args:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fails unless the mock was called exactly once, with these arguments."""
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fails unless mock_calls contains calls (as a contiguous run, or
        in any order with any_order)."""
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError(
                    f'Calls not found.\n'
                    f'Expected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}')
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, found %r instead'
                % (self._mock_name or 'mock', tuple(not_found), all_calls))

    def assert_any_call(self, /, *args, **kwargs):
        """Fails unless some call had these arguments."""
        expected = _Call((args, kwargs), two=True)
        if not any(expected == actual for actual in self.call_args_list):
            raise AssertionError('%s call not found' %
                                 self._format_mock_call_signature(args, kwargs))


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _is_mock(obj):
    return isinstance(obj, NonCallableMock)


class CallableMixin:
    """What makes a mock callable: recording the call, then side_effect,
    return_value or wraps."""

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def _increment_mock_call(self, /, *args, **kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] = self.call_count + 1
        _call = _Call((args, kwargs), two=True)
        d['call_args'] = _call
        self.call_args_list.append(_call)

        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))

        parent = self._mock_new_parent
        while parent is not None:
            if do_method_calls:
                parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = parent._mock_name + '.' + method_call_name
            parent.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = parent._mock_new_name == '()'
                mock_call_name = parent._mock_new_name + dot + mock_call_name
            parent = parent._mock_new_parent

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: `Mock(return_value=3)()` is 3; every call is recorded."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        NonCallableMock.__init__(self, spec, wraps, name, spec_set, parent,
                                 _spec_state, _new_name, _new_parent, **kwargs)
        self.__dict__['_mock_return_value'] = return_value
        self.side_effect = side_effect


class MagicMixin:
    """Gives a mock the magic methods, each a child mock with CPython's
    default return value (len 0, iter empty, bool True, ...)."""

    def _mock_magic(self, name):
        magics = self.__dict__['_mock_magics']
        value = magics.get(name)
        if value is _deleted:
            raise AttributeError(name)
        if value is None:
            if name in _ASYNC_METHOD_MAGICS:
                value = AsyncMock(_new_name=name, _new_parent=self, name=name, parent=self)
            else:
                value = MagicMock(_new_name=name, _new_parent=self, name=name, parent=self)
            if name in _MAGIC_DEFAULTS:
                value.return_value = _MAGIC_DEFAULTS[name]
            elif name in _MAGIC_SIDE_EFFECTS:
                value.side_effect = _MAGIC_SIDE_EFFECTS[name](self)
            elif name == '__enter__':
                pass
            elif name == '__aiter__':
                value.side_effect = lambda: _AsyncIterator(iter(value.return_value
                                                                if value._mock_return_value is not DEFAULT
                                                                else []))
            magics[name] = value
        return value

    def _mock_set_magic(self, name, value):
        if not _is_mock(value) and callable(value):
            func = value
            value = functools.partial(func, self)
        self.__dict__['_mock_magics'][name] = value


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len(m) is 0, iter(m) is
    empty, `with m:` works, `m[k]` is a child mock..."""


for _cls in (NonCallableMagicMock, MagicMock):
    for _name in _all_magics:
        if _name != '__call__':
            setattr(_cls, _name, _MagicSlot(_name))


class PropertyMock(Mock):
    """A mock to use as a property on a class: reading the attribute calls
    it, assigning calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


class AsyncMockMixin:
    """Makes a call return a coroutine: awaiting it counts an await and
    applies side_effect / return_value."""

    def _mock_async_init(self):
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()
        d['_is_coroutine'] = getattr(inspect, '_is_coroutine_marker', None)

    def _execute_mock_call(self, /, *args, **kwargs):
        _call = _Call((args, kwargs), two=True)
        return self._await_call(_call, args, kwargs)

    async def _await_call(self, _call, args, kwargs):
        d = self.__dict__
        d['await_count'] = self.await_count + 1
        d['await_args'] = _call
        self.await_args_list.append(_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif _is_async_func(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if _is_async_func(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self._mock_async_init()

    def assert_awaited(self):
        """Fails unless the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited.")

    def assert_awaited_once(self):
        """Fails unless the mock was awaited exactly once."""
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once."
                                 f" Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fails unless the last await had these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        if _Call((args, kwargs), two=True) != self.await_args:
            message = 'expected %s not found.\nExpected: %s\n  Actual: %s'
            raise AssertionError(message % (
                'await', self._format_mock_call_signature(args, kwargs),
                self._format_mock_call_signature(*self.await_args)))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fails unless the mock was awaited exactly once, with these arguments."""
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once."
                                 f" Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fails unless some await had these arguments."""
        expected = _Call((args, kwargs), two=True)
        if not any(expected == actual for actual in self.await_args_list):
            raise AssertionError('%s await not found' %
                                 self._format_mock_call_signature(args, kwargs))

    def assert_has_awaits(self, calls, any_order=False):
        """Fails unless await_args_list contains calls (contiguous, or in any order)."""
        expected = list(calls)
        all_awaits = _CallList(self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                raise AssertionError(
                    f'Awaits not found.\n'
                    f'Expected: {_CallList(calls)}\n'
                    f'Actual: {self.await_args_list}')
            return
        all_awaits = list(all_awaits)
        not_found = []
        for kall in expected:
            try:
                all_awaits.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),))

    def assert_not_awaited(self):
        """Fails if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to not have been awaited."
                                 f" Awaited {self.await_count} times.")


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls return coroutines: `await m(1)` gives
    m.return_value, raises or iterates side_effect, and counts the await
    (await_count, await_args, assert_awaited_with, ...)."""

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._mock_async_init()


for _name in _all_magics:
    if _name != '__call__':
        setattr(AsyncMock, _name, _MagicSlot(_name))


# --- patching -------------------------------------------------------------------

def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        try:
            thing = getattr(thing, comp)
        except AttributeError:
            __import__(import_path)
            thing = getattr(thing, comp)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    module = sys.modules.get(target)
    if module is None:
        module = _importer(target)
    return (lambda: module), attribute


class _patch:
    """One patching: replaces getter().attribute with new while active."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if autospec is not None:
            raise NotImplementedError("patch(autospec=...) is not supported here")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec,
                         self.create, self.spec_set, self.autospec,
                         self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    def _extra_args(self, patchings, entered):
        extra = []
        for patching in patchings:
            arg = entered.pop(0)
            if patching.attribute_name is not None:
                pass
            elif patching.new is DEFAULT:
                extra.append(arg)
        return extra

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            entered = []
            extra_kwargs = {}
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        extra_kwargs.update(arg)
                    elif patching.new is DEFAULT:
                        args += (arg,)
                keywargs.update(extra_kwargs)
                return func(*args, **keywargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(*sys.exc_info())

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            entered = []
            extra_kwargs = {}
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        extra_kwargs.update(arg)
                    elif patching.new is DEFAULT:
                        args += (arg,)
                keywargs.update(extra_kwargs)
                return await func(*args, **keywargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(*sys.exc_info())

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in getattr(builtins, '__dict__', {}) and isinstance(target, type(sys)):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        """Performs the patch; returns the replacement object."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        original, local = self.get_original()
        if new is DEFAULT:
            if spec is True:
                spec = original
            if spec_set is True:
                spec_set = original
                spec = None
            if new_callable is not None:
                klass = new_callable
            elif spec is None and _is_async_func(original):
                klass = AsyncMock
            else:
                klass = MagicMock
            kwargs = {}
            if spec is not None:
                kwargs['spec'] = spec
            if spec_set is not None:
                kwargs['spec_set'] = spec_set
            if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
                kwargs['name'] = self.attribute
            kwargs.update(self.kwargs)
            new = klass(**kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = []
        setattr(self.target, self.attribute, new_attr)
        try:
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = patching.__enter__()
                    self._exit_stack.append(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise

    def __exit__(self, *exc_info):
        """Undoes the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patching in reversed(self._exit_stack):
            patching.__exit__(*exc_info)
        self._exit_stack = []
        return False

    def start(self):
        """Activates the patch (until stop() or patch.stopall())."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Stops a patch started with start()."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, **kwargs):
    """Replaces the object named by target ('package.module.name') with new
    (a MagicMock, or an AsyncMock for an async function, by default) as a
    decorator (the mock is passed as an extra argument), class decorator or
    context manager."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, **kwargs):
    """patch(), for the attribute `attribute` of the object target."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """Patches several attributes of target at once (keywords name them;
    DEFAULT values become mocks passed by keyword)."""
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set,
                              autospec, new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


class _patch_dict:
    """patch.dict: sets values in a dictionary (optionally clearing it
    first) and restores its original contents afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            @functools.wraps(f)
            async def _async_inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return _async_inner

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and callable(attr_value):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        """Patches the dict; returns it."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        """Restores the dict's original contents."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stops every patch started with start(), newest first."""
    for patch_obj in reversed(_patch._active_patches):
        patch_obj.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
