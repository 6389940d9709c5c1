"""Create portable serialized representations of Python objects.

dumps()/dump() write what CPython 3.11's C pickler writes, byte for byte;
loads()/load() read every protocol. Pickler lives in _pickle_writer.py,
Unpickler in _pickle_reader.py.
"""

import io
from _pickle_writer import (Pickler, PickleError, PicklingError,
                            HIGHEST_PROTOCOL, DEFAULT_PROTOCOL, encode_long,
                            whichmodule)
from _pickle_reader import Unpickler, UnpicklingError, decode_long

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
bytes_types = (bytes, bytearray) if 'bytearray' in dir(__builtins__) or \
    isinstance(__builtins__, dict) and 'bytearray' in __builtins__ else (bytes,)


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (in-band only here)."""

    def __init__(self, buffer):
        self._data = bytes(buffer)

    def raw(self):
        return self._data

    def release(self):
        pass

    def __reduce_ex__(self, protocol):
        return bytes, (self._data,)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    file = io.BytesIO(data)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()
