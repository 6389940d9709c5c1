"""pickle's Pickler: the opcodes CPython 3.11's C pickler (_pickle.c) writes,
byte for byte (batching, memo, framing and protocol choices)."""

import sys
from struct import pack
import copyreg
from copyreg import dispatch_table, _extension_registry, _object_reduce_ex
import _pickle_compat

FRAME_SIZE_MIN = 4
FRAME_SIZE_TARGET = 64 * 1024
BATCHSIZE = 1000
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

try:
    _bytearray = bytearray
except NameError:  # a VM without bytearray
    _bytearray = None


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""
    pass


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method.
    """
    pass


def encode_long(x):
    """The two's complement little-endian bytes of LONG1/LONG4."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    module_name = getattr(obj, '__module__', None)
    if isinstance(module_name, str):
        return module_name
    if module_name is not None:
        # A VM whose `type.__module__` is type's descriptor, not 'builtins'.
        import builtins
        if getattr(builtins, name, None) is obj:
            return 'builtins'
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


class _Framer:
    """Protocol 4 frames: the output of each 64 KiB stretch of opcodes
    follows a FRAME opcode with its length; a stretch under 4 bytes gets
    none. Large bytes and str payloads are written outside the frames."""

    def __init__(self, write):
        self.file_write = write
        self.current = None

    def start(self):
        self.current = []
        self.size = 0

    def write(self, data):
        if self.current is None:
            return self.file_write(data)
        self.current.append(data)
        self.size += len(data)

    def commit(self):
        if self.current is None:
            return
        data = b''.join(self.current)
        self.current = None
        if len(data) >= FRAME_SIZE_MIN:
            self.file_write(b'\x95' + pack('<Q', len(data)))
        self.file_write(data)

    def boundary(self):
        if self.current is not None and self.size + 9 >= FRAME_SIZE_TARGET:
            self.commit()
            self.start()

    def write_large(self, header, payload):
        if self.current is not None and len(payload) >= FRAME_SIZE_TARGET:
            self.write(header)
            self.commit()
            self.file_write(payload)
            self.start()
        else:
            self.write(header)
            self.write(payload)


class _MethodProbe:
    """Only here to name the bound-method type (types.MethodType)."""

    def probe(self):
        pass


class Pickler:
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)"""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._buffer_callback = buffer_callback

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (self.__class__.__name__,))
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        if self.proto >= 2:
            self.write(b'\x80' + bytes([self.proto]))
        if self.proto >= 4:
            self.framer.start()
        self.save(obj)
        self.write(b'.')
        self.framer.commit()

    # The memo

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return b'\x94'
        elif self.bin:
            if idx < 256:
                return b'q' + bytes([idx])
            return b'r' + pack('<I', idx)
        return b'p' + repr(idx).encode('ascii') + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return b'h' + bytes([i])
            return b'j' + pack('<I', i)
        return b'g' + repr(i).encode('ascii') + b'\n'

    # Saving

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(b'Q')
        else:
            try:
                self.write(b'P' + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "persistent IDs in protocol 0 must be ASCII strings")

    def save(self, obj, save_persistent_id=True):
        self.framer.boundary()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self.dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif isinstance(t, type) and issubclass(t, type):
            self.save_global(obj)
            return
        else:
            reduce = getattr(obj, '__reduce_ex__', None)
            if reduce is not None:
                rv = reduce(self.proto)
            else:
                reduce = getattr(obj, '__reduce__', None)
                if reduce is not None and _has_own_reduce(t):
                    rv = reduce()
                else:
                    rv = _object_reduce_ex(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        l = len(rv)
        if not (2 <= l <= 6):
            raise PicklingError("tuple returned by __reduce__ "
                                "must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from {} args has no __new__"
                                    .format(func_name))
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from {} args has the wrong class"
                                    .format(func_name))
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(b'\x92')
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(b'R')
        elif self.proto >= 2 and func_name == "__newobj__":
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(b'\x81')
        else:
            save(func)
            save(args)
            write(b'R')

        if obj is not None:
            if id(obj) in self.memo:
                write(b'0' + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(b'b')
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(b'\x86')
                write(b'R')
                write(b'0')

    # Atomic types

    def save_none(self, obj):
        self.write(b'N')

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(b'\x88' if obj else b'\x89')
        else:
            self.write(b'I01\n' if obj else b'I00\n')

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self.write(b'K' + bytes([obj]))
                elif 0 <= obj <= 0xffff:
                    self.write(b'M' + pack('<H', obj))
                else:
                    self.write(b'J' + pack('<i', obj))
            else:
                self.write(b'I' + repr(obj).encode('ascii') + b'\n')
            return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(b'\x8a' + bytes([n]) + encoded)
            else:
                self.write(b'\x8b' + pack('<i', n) + encoded)
            return
        self.write(b'L' + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(b'G' + pack('>d', obj))
        else:
            self.write(b'F' + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self.save_reduce(_codecs.encode, (str(obj, 'latin1'), 'latin1'),
                                 obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(b'C' + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.framer.write_large(b'\x8e' + pack('<Q', n), obj)
        else:
            self.framer.write_large(b'B' + pack('<I', n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(type(obj), (), obj=obj)
            else:
                self.save_reduce(type(obj), (bytes(obj),), obj=obj)
            return
        self.framer.write_large(b'\x96' + pack('<Q', len(obj)), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(b'\x8c' + bytes([n]) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self.framer.write_large(b'\x8d' + pack('<Q', n), encoded)
            else:
                self.framer.write_large(b'X' + pack('<I', n), encoded)
        else:
            self.write(b'V' + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(b')' if self.bin else b'(t')
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(b'0' * n + self.get(memo[id(obj)][0]))
            else:
                self.write(b'\x85\x86\x87'[n - 1:n])
                self.memoize(obj)
            return
        self.write(b'(')
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                self.write(b'1' + get)
            else:
                self.write(b'0' * (n + 1) + get)
            return
        self.write(b't')
        self.memoize(obj)

    def save_list(self, obj):
        self.write(b']' if self.bin else b'(l')
        self.memoize(obj)
        if not obj:
            return
        if self.bin:
            self._batch_list_exact(obj)
        else:
            self._batch_appends(iter(obj))

    def _batch_list_exact(self, obj):
        save = self.save
        write = self.write
        if len(obj) == 1:
            save(obj[0])
            write(b'a')
            return
        total = 0
        while True:
            write(b'(')
            this_batch = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                this_batch += 1
                if this_batch == BATCHSIZE:
                    break
            write(b'e')
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(b'a')
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(b'(')
                for x in tmp:
                    save(x)
                write(b'e')
            elif n:
                save(tmp[0])
                write(b'a')
            if n < BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(b'}' if self.bin else b'(d')
        self.memoize(obj)
        if not obj:
            return
        if self.bin:
            self._batch_dict_exact(obj)
        else:
            self._batch_setitems(iter(obj.items()))

    def _batch_dict_exact(self, obj):
        save = self.save
        write = self.write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(b's')
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            return
        it = iter(list(obj.items()))
        i = 0
        while True:
            write(b'(')
            this_batch = 0
            for k, v in it:
                save(k)
                save(v)
                i += 1
                this_batch += 1
                if len(obj) != size:
                    raise RuntimeError("dictionary changed size during iteration")
                if this_batch == BATCHSIZE:
                    break
            write(b'u')
            if i >= size:
                break

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(b's')
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(b'(')
                for k, v in tmp:
                    save(k)
                    save(v)
                write(b'u')
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(b's')
            if n < BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        save = self.save
        write = self.write
        write(b'\x8f')
        self.memoize(obj)
        items = list(obj)
        size = len(items)
        total = 0
        while total < size:
            write(b'(')
            this_batch = 0
            while total < size:
                save(items[total])
                total += 1
                this_batch += 1
                if len(obj) != size:
                    raise RuntimeError("set changed size during iteration")
                if this_batch == BATCHSIZE:
                    break
            write(b'\x90')

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(type(obj), (list(obj),), obj=obj)
            return
        write = self.write
        write(b'(')
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            write(b'1' + self.get(self.memo[id(obj)][0]))
            return
        write(b'\x91')
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        memo = self.memo
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % (name,))
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError, AttributeError):
            raise PicklingError(
                "Can't pickle %r: import of module %r failed" %
                (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError(
                "Can't pickle %r: attribute lookup %s on %s failed" %
                (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError(
                "Can't pickle %r: it's not the same object as %s.%s" %
                (obj, module_name, name))

        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                assert code > 0
                if code <= 0xff:
                    write(b'\x82' + bytes([code]))
                elif code <= 0xffff:
                    write(b'\x83' + pack('<H', code))
                else:
                    write(b'\x84' + pack('<i', code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(b'\x93')
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                r_name_mapping = _pickle_compat.REVERSE_NAME_MAPPING
                r_import_mapping = _pickle_compat.REVERSE_IMPORT_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in r_import_mapping:
                    module_name = r_import_mapping[module_name]
            try:
                write(b'c' + bytes(module_name, "ascii") + b'\n' +
                      bytes(name, "ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s.%s' using "
                    "pickle protocol %i" % (module, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_method(self, obj):
        # A bound method pickles as CPython's method.__reduce__ gives it:
        # getattr(its __self__, its function's name).
        self.save_reduce(getattr, (obj.__self__, obj.__func__.__name__), obj=obj)

    dispatch = {
        type(None): save_none, bool: save_bool, int: save_long,
        float: save_float, bytes: save_bytes, str: save_str,
        tuple: save_tuple, list: save_list, dict: save_dict, set: save_set,
        frozenset: save_frozenset, type: save_type,
        type(len): save_global, type(encode_long): save_global,
    }
    if _bytearray is not None:
        dispatch[_bytearray] = save_bytearray
    dispatch[type(_MethodProbe().probe)] = save_method


def _has_own_reduce(cls):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if '__reduce__' in klass.__dict__:
            return True
    return False


def _raw_unicode_escape(text):
    """Protocol 0's UNICODE argument: raw-unicode-escape with backslash,
    NUL, CR, LF and SUB escaped too."""
    out = []
    for ch in text:
        code = ord(ch)
        if code >= 0x10000:
            out.append('\\U%08x' % code)
        elif code >= 0x100 or ch in '\\\0\r\n\x1a':
            out.append('\\u%04x' % code)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')
