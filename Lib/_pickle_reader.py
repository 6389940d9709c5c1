"""pickle's Unpickler: reads every protocol's opcodes, with the C
unpickler's error messages."""

import sys
from struct import unpack
import copyreg
from copyreg import _inverted_registry, _extension_cache
import _pickle_compat
from _pickle_writer import PickleError

try:
    _bytearray = bytearray
except NameError:  # a VM without bytearray
    _bytearray = None


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object,
    such as a security violation.
    """
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())"""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def _read(self, n):
        """Up to n bytes, from the current frame while it lasts."""
        if self._frame is not None:
            data = self._frame.read(n)
            if data or not n:
                if len(data) < n:
                    raise UnpicklingError("pickle exhausted before end of frame")
                return data
            self._frame = None
        return self._file_read(n)

    def read(self, n):
        data = self._read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        if self._frame is not None:
            data = self._frame.readline()
            if data:
                if not data.endswith(b'\n'):
                    raise UnpicklingError("pickle exhausted before end of frame")
                return data
            self._frame = None
        data = self._file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        self._frame = None
        read = self._read
        dispatch = self.dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                op = dispatch.get(key[0])
                if op is None:
                    raise UnpicklingError("invalid load key, '%s'." % (
                        chr(key[0]) if 0x20 < key[0] < 0x7f else '\\x%02x' % key[0]))
                op(self)
        except _Stop as stopinst:
            return stopinst.value

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    dispatch = {}

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= 5:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[0x80] = load_proto

    def load_frame(self):
        n, = unpack('<Q', self.read(8))
        if n > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % n)
        if self._frame is not None and self._frame.read(1):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        import io
        self._frame = io.BytesIO(self.read(n))
    dispatch[0x95] = load_frame

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError(
                "persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[ord('P')] = load_persid

    def load_binpersid(self):
        pid = self.pop()
        self.append(self.persistent_load(pid))
    dispatch[ord('Q')] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[ord('N')] = load_none

    def load_false(self):
        self.append(False)
    dispatch[0x89] = load_false

    def load_true(self):
        self.append(True)
    dispatch[0x88] = load_true

    def load_int(self):
        data = self.readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            try:
                val = int(data, 0)
            except ValueError:
                raise ValueError("invalid literal for int() with base 10: %r"
                                 % data[:-1].decode('ascii', 'replace')) from None
        self.append(val)
    dispatch[ord('I')] = load_int

    def load_binint(self):
        self.append(unpack('<i', self.read(4))[0])
    dispatch[ord('J')] = load_binint

    def load_binint1(self):
        self.append(self.read(1)[0])
    dispatch[ord('K')] = load_binint1

    def load_binint2(self):
        self.append(unpack('<H', self.read(2))[0])
    dispatch[ord('M')] = load_binint2

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == ord('L'):
            val = val[:-1]
        self.append(int(val, 0))
    dispatch[ord('L')] = load_long

    def load_long1(self):
        n = self.read(1)[0]
        self.append(decode_long(self.read(n)))
    dispatch[0x8a] = load_long1

    def load_long4(self):
        n, = unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))
    dispatch[0x8b] = load_long4

    def load_float(self):
        self.append(float(self.readline()[:-1]))
    dispatch[ord('F')] = load_float

    def load_binfloat(self):
        self.append(unpack('>d', self.read(8))[0])
    dispatch[ord('G')] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        value = _escape_decode(data)
        self.append(self._decode_string(value))
    dispatch[ord('S')] = load_string

    def load_binstring(self):
        n, = unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))
    dispatch[ord('T')] = load_binstring

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))
    dispatch[ord('U')] = load_short_binstring

    def load_binbytes(self):
        n, = unpack('<I', self.read(4))
        self.append(self.read(n))
    dispatch[ord('B')] = load_binbytes

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))
    dispatch[ord('C')] = load_short_binbytes

    def load_binbytes8(self):
        n, = unpack('<Q', self.read(8))
        self.append(self.read(n))
    dispatch[0x8e] = load_binbytes8

    def load_bytearray8(self):
        n, = unpack('<Q', self.read(8))
        self.append(_bytearray(self.read(n)))
    dispatch[0x96] = load_bytearray8

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))
    dispatch[ord('V')] = load_unicode

    def load_binunicode(self):
        n, = unpack('<I', self.read(4))
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[ord('X')] = load_binunicode

    def load_binunicode8(self):
        n, = unpack('<Q', self.read(8))
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[0x8d] = load_binunicode8

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[0x8c] = load_short_binunicode

    def load_tuple(self):
        items = tuple(self.pop_mark())
        self.append(items)
    dispatch[ord('t')] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[ord(')')] = load_empty_tuple

    def _tuple_n(self, n):
        if len(self.stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        items = tuple(self.stack[len(self.stack) - n:])
        del self.stack[len(self.stack) - n:]
        self.append(items)

    def load_tuple1(self):
        self._tuple_n(1)
    dispatch[0x85] = load_tuple1

    def load_tuple2(self):
        self._tuple_n(2)
    dispatch[0x86] = load_tuple2

    def load_tuple3(self):
        self._tuple_n(3)
    dispatch[0x87] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[ord(']')] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[ord('}')] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[0x8f] = load_empty_set

    def load_frozenset(self):
        items = frozenset(self.pop_mark())
        self.append(items)
    dispatch[0x91] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[ord('l')] = load_list

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})
    dispatch[ord('d')] = load_dict

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or
                hasattr(klass, "__getinitargs__")):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[ord('i')] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[ord('o')] = load_obj

    def load_newobj(self):
        args = self.pop()
        cls = self.pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))
    dispatch[0x81] = load_newobj

    def load_newobj_ex(self):
        kwargs = self.pop()
        args = self.pop()
        cls = self.pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, "
                                  "not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, "
                                  "not %s" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, "
                                  "not %s" % type(kwargs).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))
    dispatch[0x92] = load_newobj_ex

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))
    dispatch[ord('c')] = load_global

    def load_stack_global(self):
        name = self.pop()
        module = self.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[0x93] = load_stack_global

    def load_ext1(self):
        self.get_extension(self.read(1)[0])
    dispatch[0x82] = load_ext1

    def load_ext2(self):
        self.get_extension(unpack('<H', self.read(2))[0])
    dispatch[0x83] = load_ext2

    def load_ext4(self):
        self.get_extension(unpack('<i', self.read(4))[0])
    dispatch[0x84] = load_ext4

    def get_extension(self, code):
        obj = _extension_cache.get(code, _extension_cache)
        if obj is not _extension_cache:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        sys.audit('pickle.find_class', module, name) if hasattr(sys, 'audit') else None
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _pickle_compat.NAME_MAPPING:
                module, name = _pickle_compat.NAME_MAPPING[(module, name)]
            elif module in _pickle_compat.IMPORT_MAPPING:
                module = _pickle_compat.IMPORT_MAPPING[module]
        __import__(module, level=0)
        if self.proto >= 4:
            obj = sys.modules[module]
            for subpath in name.split('.'):
                if subpath == '<locals>':
                    raise AttributeError("Can't get local attribute {!r} on {!r}"
                                         .format(name, obj))
                try:
                    obj = getattr(obj, subpath)
                except AttributeError:
                    raise AttributeError("Can't get attribute {!r} on {!r}"
                                         .format(name, sys.modules[module])) from None
            return obj
        try:
            return getattr(sys.modules[module], name)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, sys.modules[module])) from None

    def load_reduce(self):
        args = self.pop()
        func = self.pop()
        self.append(func(*args))
    dispatch[ord('R')] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")
    dispatch[ord('0')] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[ord('1')] = load_pop_mark

    def load_dup(self):
        self.append(self.top())
    dispatch[ord('2')] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))
    dispatch[ord('g')] = load_get

    def load_binget(self):
        self._memo_get(self.read(1)[0])
    dispatch[ord('h')] = load_binget

    def load_long_binget(self):
        self._memo_get(unpack('<I', self.read(4))[0])
    dispatch[ord('j')] = load_long_binget

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.top()
    dispatch[ord('p')] = load_put

    def load_binput(self):
        self.memo[self.read(1)[0]] = self.top()
    dispatch[ord('q')] = load_binput

    def load_long_binput(self):
        i, = unpack('<I', self.read(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self.top()
    dispatch[ord('r')] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self.top()
    dispatch[0x94] = load_memoize

    def load_append(self):
        value = self.pop()
        self.top().append(value)
    dispatch[ord('a')] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.top()
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    dispatch[ord('e')] = load_appends

    def load_setitem(self):
        value = self.pop()
        key = self.pop()
        self.top()[key] = value
    dispatch[ord('s')] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        target = self.top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]
    dispatch[ord('u')] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)
    dispatch[0x90] = load_additems

    def load_build(self):
        state = self.pop()
        inst = self.top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None and not _is_default_setstate(inst):
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[ord('b')] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[ord('(')] = load_mark

    def load_stop(self):
        value = self.pop()
        if self.metastack or self.stack:
            pass
        raise _Stop(value)
    dispatch[ord('.')] = load_stop


def _is_default_setstate(inst):
    for klass in type(inst).__mro__:
        if klass is object:
            return True
        if '__setstate__' in klass.__dict__:
            return False
    return True


def _raw_unicode_unescape(data):
    """Decode raw-unicode-escape: \\uXXXX and \\UXXXXXXXX escapes, other
    bytes as latin-1."""
    text = data.decode('latin-1')
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '\\' and i + 1 < n and text[i + 1] in 'uU':
            # An odd run of backslashes makes the escape.
            j = i
            while j > 0 and text[j - 1] == '\\':
                j -= 1
            if (i - j) % 2 == 0:
                width = 4 if text[i + 1] == 'u' else 8
                digits = text[i + 2:i + 2 + width]
                if len(digits) != width:
                    raise UnicodeDecodeError(
                        'rawunicodeescape', data, i, n,
                        'truncated \\uXXXX escape' if width == 4 else
                        'truncated \\UXXXXXXXX escape')
                out.append(chr(int(digits, 16)))
                i += 2 + width
                continue
        out.append(ch)
        i += 1
    return ''.join(out)


_SIMPLE_ESCAPES = {ord('\\'): 0x5c, ord("'"): 0x27, ord('"'): 0x22,
                   ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('n'): 10,
                   ord('r'): 13, ord('t'): 9, ord('v'): 11}


def _escape_decode(data):
    """The STRING opcode's Python-literal escapes (codecs.escape_decode)."""
    out = bytearray() if _bytearray is not None else []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 0x5c or i >= n:
            out.append(c)
            continue
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c == 0x0a:
            pass
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            out.append(value & 0xff)
        elif c == ord('x'):
            digits = data[i:i + 2]
            try:
                if len(digits) != 2:
                    raise ValueError
                out.append(int(digits, 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % (i - 2)) from None
            i += 2
        else:
            out.append(0x5c)
            out.append(c)
    return bytes(out)
