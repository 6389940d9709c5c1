"""array: typed arrays of numbers and characters (CPython 3.11's array.array).

Items live in a Python list, already converted to what the C type holds
(ints range-checked with CPython's messages, 'f' rounded to float32);
bytes are produced and read little-endian with int.to_bytes/from_bytes and
an IEEE 754 bit layout computed from math.frexp (no struct module).
buffer_info() and the buffer protocol are outside the subset.
"""

import math as _math

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# typecode -> (minimum, maximum, too-small message, too-big message)
_LONG_MIN, _LONG_MAX = -2 ** 63, 2 ** 63 - 1
_ULONG_MAX = 2 ** 64 - 1
_LONG_ERR = 'Python int too large to convert to C long'
_ULONG_ERR = 'Python int too large to convert to C unsigned long'
_UNSIGNED_NEG = "can't convert negative value to unsigned int"
_RANGES = {
    'b': (-128, 127, 'signed char is less than minimum',
          'signed char is greater than maximum'),
    'B': (0, 255, 'unsigned byte integer is less than minimum',
          'unsigned byte integer is greater than maximum'),
    'h': (-2 ** 15, 2 ** 15 - 1, 'signed short integer is less than minimum',
          'signed short integer is greater than maximum'),
    'H': (0, 2 ** 16 - 1, 'unsigned short is less than minimum',
          'unsigned short is greater than maximum'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer is less than minimum',
          'signed integer is greater than maximum'),
    'I': (0, 2 ** 32 - 1, _UNSIGNED_NEG, 'unsigned int is greater than maximum'),
    'l': (_LONG_MIN, _LONG_MAX, _LONG_ERR, _LONG_ERR),
    'L': (0, _ULONG_MAX, _UNSIGNED_NEG, _ULONG_ERR),
    'q': (_LONG_MIN, _LONG_MAX, 'int too big to convert',
          'int too big to convert'),
    'Q': (0, _ULONG_MAX, "can't convert negative int to unsigned",
          'int too big to convert'),
}


def _index(v):
    if isinstance(v, int):
        return int(v)
    method = getattr(type(v), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return method(v)


def _check_int(code, v):
    n = _index(v)
    low, high, small, big = _RANGES[code]
    if code in 'bBhHi':
        # CPython converts to a C long first
        if n < _LONG_MIN or n > _LONG_MAX:
            raise OverflowError(_LONG_ERR)
    elif code == 'I':
        if n > _ULONG_MAX:
            raise OverflowError(_ULONG_ERR)
    if n < low:
        raise OverflowError(small)
    if n > high:
        raise OverflowError(big)
    return n


def _as_float(v):
    if isinstance(v, float):
        return float(v)
    if isinstance(v, int):
        return float(v)
    method = getattr(type(v), '__float__', None)
    if method is None:
        method = getattr(type(v), '__index__', None)
        if method is None:
            raise TypeError('must be real number, not %s'
                            % type(v).__name__)
        return float(method(v))
    return method(v)


def _float32(x):
    """x rounded to the nearest IEEE 754 single (ties to even), as a C
    (float) cast does: too large gives an infinity, too small a zero."""
    if x != x or x == 0.0 or x in (_INF, -_INF):
        return x
    m, e = _math.frexp(x)
    bits = min(24, e + 149)
    if bits < 0:
        return _math.copysign(0.0, x)
    r = _math.ldexp(round(_math.ldexp(m, bits)), e - bits)
    if abs(r) >= 2.0 ** 128:
        return _math.copysign(_INF, x)
    if r == 0.0:
        return _math.copysign(0.0, x)
    return r


_INF = float('inf')


def _convert(code, v):
    if code in 'fd':
        f = _as_float(v)
        return _float32(f) if code == 'f' else f
    if code == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    return _check_int(code, v)


# ------------------------------------------------------------ byte layout

def _float_bits(x, ebits, mbits):
    """IEEE 754 bits of x (already representable) with the given exponent
    and mantissa widths."""
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    bias = (1 << (ebits - 1)) - 1
    emax = (1 << ebits) - 1
    if x != x:
        exp, mant = emax, 1 << (mbits - 1)
    elif x in (_INF, -_INF):
        exp, mant = emax, 0
    elif x == 0.0:
        exp, mant = 0, 0
    else:
        m, e = _math.frexp(abs(x))
        exp = e - 1 + bias
        if exp <= 0:
            exp = 0
            mant = int(_math.ldexp(abs(x), bias - 1 + mbits))
        else:
            mant = int(_math.ldexp(m * 2.0 - 1.0, mbits))
    return (sign << (ebits + mbits)) | (exp << mbits) | mant


def _bits_float(n, ebits, mbits):
    sign = -1.0 if n >> (ebits + mbits) else 1.0
    exp = (n >> mbits) & ((1 << ebits) - 1)
    mant = n & ((1 << mbits) - 1)
    bias = (1 << (ebits - 1)) - 1
    if exp == (1 << ebits) - 1:
        return sign * _INF if mant == 0 else _math.copysign(float('nan'),
                                                            sign)
    if exp == 0:
        return sign * _math.ldexp(mant, 1 - bias - mbits)
    return sign * _math.ldexp(mant + (1 << mbits), exp - bias - mbits)


def _pack(code, v):
    size = _ITEMSIZE[code]
    if code == 'd':
        return _float_bits(v, 11, 52).to_bytes(8, 'little')
    if code == 'f':
        return _float_bits(v, 8, 23).to_bytes(4, 'little')
    if code == 'u':
        return ord(v).to_bytes(4, 'little')
    return v.to_bytes(size, 'little', signed=code in 'bhilq')


def _unpack(code, chunk):
    if code == 'd':
        return _bits_float(int.from_bytes(chunk, 'little'), 11, 52)
    if code == 'f':
        return _bits_float(int.from_bytes(chunk, 'little'), 8, 23)
    if code == 'u':
        return chr(int.from_bytes(chunk, 'little'))
    return int.from_bytes(chunk, 'little', signed=code in 'bhilq')


# ------------------------------------------------------------ the type

from _c_types import c_type_name as _c_type_name


@_c_type_name
class array(object):
    """array(typecode [, initializer]) -> array"""

    __slots__ = ('_code', '_items')

    def __new__(cls, *args, **kwargs):
        if cls is array and kwargs:
            raise TypeError('array.array() takes no keyword arguments')
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)'
                            % len(args))
        code = args[0]
        if not isinstance(code, str) or len(code) != 1:
            raise TypeError('array() argument 1 must be a unicode character,'
                            ' not %s' % type(code).__name__)
        if code not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, '
                             'L, q, Q, f or d)')
        self = object.__new__(cls)
        self._code = code
        self._items = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if code != 'u':
                    raise TypeError('cannot use a str to initialize an array '
                                    "with typecode '%s'" % code)
                self._items = list(init)
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            elif isinstance(init, array):
                if init._code == 'u' and code != 'u' or \
                        code == 'u' and init._code != 'u':
                    raise TypeError('cannot use a unicode array to '
                                    'initialize an array with typecode '
                                    "'%s'" % code)
                self._items = [_convert(code, v) for v in init._items]
            else:
                self._items = [_convert(code, v) for v in init]
        return self

    def __init__(self, *args, **kwargs):
        pass

    # ---- attributes
    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _ITEMSIZE[self._code]

    def buffer_info(self):
        raise NotImplementedError(
            "array.buffer_info() is not supported by Interleave "
            "(arrays have no memory address)")

    # ---- representation
    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._code)
        if self._code == 'u':
            return "%s('u', %r)" % (name, ''.join(self._items))
        return "%s('%s', %r)" % (name, self._code, self._items)

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        return (type(self), (self._code, list(self._items)))

    def _new(self, items):
        a = object.__new__(type(self))
        a._code = self._code
        a._items = items
        return a

    # ---- sequence protocol
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError('array index out of range') from None
        except TypeError:
            raise TypeError('array indices must be integers') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array '
                                'slice' % type(value).__name__)
            if value._code != self._code:
                raise TypeError('bad argument type for built-in operation')
            try:
                self._items[index] = list(value._items)
            except ValueError:
                # an extended slice of another size (the list checks it)
                raise ValueError('attempt to assign array of size %d to '
                                 'extended slice of size %d'
                                 % (len(value._items),
                                    len(self._items[index]))) from None
            return
        item = _convert(self._code, value)
        try:
            self._items[index] = item
        except IndexError:
            raise IndexError('array assignment index out of range') from None
        except TypeError:
            raise TypeError('array indices must be integers') from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    # ---- operators
    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            return NotImplemented
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            return NotImplemented
        self._items *= n
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    # ---- list-like methods
    def append(self, v):
        self._items.append(_convert(self._code, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        code = self._code
        for v in iterable:
            self._items.append(_convert(code, v))

    def insert(self, i, v):
        self._items.insert(_index(i), _convert(self._code, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(_index(i))
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        start = _index(start)
        stop = n if stop is None else _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        size = _ITEMSIZE[self._code]
        if size == 1:
            return
        code = self._code
        self._items = [_unpack(code, _pack(code, v)[::-1])
                       for v in self._items]

    # ---- conversions
    def tobytes(self):
        code = self._code
        return b''.join(_pack(code, v) for v in self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = _ITEMSIZE[self._code]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        code = self._code
        self._items.extend(_unpack(code, data[i:i + size])
                           for i in range(0, len(data), size))

    def __bytes__(self):
        # bytes(a): CPython reads the buffer; a pure-Python array offers
        # the same bytes through __bytes__
        return self.tobytes()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        code = self._code
        converted = [_convert(code, v) for v in items]
        self._items.extend(converted)

    def tounicode(self):
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode '
                             'type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode '
                             'type arrays')
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s'
                            % type(s).__name__)
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        data = f.read(n * _ITEMSIZE[self._code])
        self.frombytes(data[:len(data) - len(data) % _ITEMSIZE[self._code]])
        if len(data) < n * _ITEMSIZE[self._code]:
            raise EOFError('read() didn\'t return enough bytes')


ArrayType = array
