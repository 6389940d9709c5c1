"""JSON encoding (CPython 3.11's json.encoder): the native `_json` encoder
for one-shot encoding when it imports (Interleave's NativeModules/Json, which
also handles indent; CPython's C module under the harness), else the pure
Python one below."""

__all__ = ['JSONEncoder']

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None
try:
    from _json import encoder_handles_indent as _c_indent
except ImportError:
    _c_indent = False

INFINITY = float('inf')

_ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}


def _escape_char(c, ascii_only):
    e = _ESCAPES.get(c)
    if e is not None:
        return e
    o = ord(c)
    if o < 0x20:
        return '\\u%04x' % o
    if ascii_only and o > 0x7e:
        if o > 0xffff:
            o -= 0x10000
            hi = 0xd800 | ((o >> 10) & 0x3ff)
            lo = 0xdc00 | (o & 0x3ff)
            return '\\u%04x\\u%04x' % (hi, lo)
        return '\\u%04x' % o
    return c


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    return '"' + ''.join(_escape_char(c, False) for c in s) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    return '"' + ''.join(_escape_char(c, True) for c in s) + '"'


# CPython's names for the encoders (its C versions when available).
encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Override to return a serializable object for o (or raise)."""
        raise TypeError(f'Object of type {type(o).__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        if (self.indent is not None and _c_indent and c_make_encoder is not None
                and type(self).iterencode is JSONEncoder.iterencode):
            # Interleave's native encoder also indents; the chunks are not
            # seen here, so the result is the Python encoder's joined.
            return self._c_encoder()(o, 0)[0]
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding each string representation as available."""
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError('Out of range float values are not JSON compliant')
            return text

        if _one_shot and c_make_encoder is not None and self.indent is None:
            _iterencode = self._c_encoder()
        else:
            _iterencode = _make_iterencode(
                markers, self.default, _encoder, self.indent, floatstr,
                self.key_separator, self.item_separator,
                self.sort_keys, self.skipkeys)
        return _iterencode(o, 0)

    def _c_encoder(self):
        """The native encoder for this encoder's settings (indent as a str)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return c_make_encoder(
            {} if self.check_circular else None, self.default,
            encode_basestring_ascii if self.ensure_ascii else encode_basestring,
            indent, self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, self.allow_nan)


def _is_int(o):
    """isinstance(o, int), counting IntEnum/IntFlag members, which are int
    subclasses in CPython but int-like objects on Interleave's VM."""
    if isinstance(o, int):
        return True
    return getattr(type(o), '_member_type_', None) is int and hasattr(o, '_value_')


def _int_repr(o):
    if isinstance(o, int):
        return int.__repr__(o)
    return int.__repr__(o._value_)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys):
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def _check(o):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = o
            return marker
        return None

    def _iterencode_list(lst, level):
        if not lst:
            yield '[]'
            return
        marker = _check(lst)
        buf = '['
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif _is_int(value):
                yield buf + _int_repr(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, level)
                else:
                    chunks = _iterencode(value, level)
                yield from chunks
        if newline_indent is not None:
            level -= 1
            yield '\n' + _indent * level
        yield ']'
        if marker is not None:
            del markers[marker]

    def _iterencode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        marker = _check(dct)
        yield '{'
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif _is_int(key):
                key = _int_repr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif _is_int(value):
                yield _int_repr(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            else:
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, level)
                else:
                    chunks = _iterencode(value, level)
                yield from chunks
        if newline_indent is not None:
            level -= 1
            yield '\n' + _indent * level
        yield '}'
        if marker is not None:
            del markers[marker]

    def _iterencode(o, level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif _is_int(o):
            yield _int_repr(o)
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, level)
        else:
            marker = _check(o)
            o = _default(o)
            yield from _iterencode(o, level)
            if marker is not None:
                del markers[marker]

    return _iterencode
