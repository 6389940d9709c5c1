"""In-memory streams and the I/O class hierarchy, Interleave's io module.

StringIO and BytesIO behave as CPython 3.11's C versions do (newline
modes, seek/tell/truncate rules, padding with NULs past the end, closed-file
errors and their messages); their types print as `_io.StringIO` and
`_io.BytesIO`. IOBase, RawIOBase, BufferedIOBase and TextIOBase are ABCs,
and sys.stdout/sys.stderr's type is registered as a TextIOBase, so
`isinstance(sys.stdout, io.TextIOBase)` holds as in CPython. The sandbox
has no files: `open` is the builtin, which refuses. TextIOWrapper over an
in-memory buffer (`TextIOWrapper(BytesIO(), encoding=...)`) is a small
Python class that encodes on write and decodes on read.
"""

import abc as _abc
import sys as _sys
from builtins import open, BlockingIOError

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO',
           'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE', 'text_encoding', 'IncrementalNewlineDecoder']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def text_encoding(encoding, stacklevel=2):
    return 'locale' if encoding is None else encoding


class IOBase(metaclass=_abc.ABCMeta):
    """The abstract base class of all I/O classes."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported('fileno')

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        self._unsupported('readline')

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""

    def detach(self):
        self._unsupported('detach')


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def detach(self):
        self._unsupported('detach')

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


IOBase.__module__ = RawIOBase.__module__ = 'io'
BufferedIOBase.__module__ = TextIOBase.__module__ = 'io'

_CLOSED = 'I/O operation on closed file.'


def _find_line_end(text, start, limit, newline):
    """The end (exclusive) of the line starting at start, before limit."""
    if newline is None or newline == '':
        # Universal: \n, \r or \r\n ends a line.
        i = start
        while i < limit:
            c = text[i]
            if c == '\n':
                return i + 1
            if c == '\r':
                if i + 1 < len(text) and text[i + 1] == '\n':
                    return min(i + 2, limit)
                return i + 1
            i += 1
        return limit
    j = text.find(newline, start, limit)
    if j < 0:
        return limit
    return min(j + len(newline), limit)


class _MemoryStream(IOBase):
    """What StringIO and BytesIO share: a position (`_pos`), a closed flag
    and the answers of an open in-memory stream. CPython's two closed-file
    messages differ by a period, hence `_closed_message`."""

    _closed_message = _CLOSED

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def tell(self):
        self._check()
        return self._pos

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line


from _c_types import c_type_name as _c_type_name


@_c_type_name
class StringIO(_MemoryStream, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _closed_message = 'I/O operation on closed file'

    def flush(self):
        pass  # as CPython's StringIO: no closed check (BytesIO has one)

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._newline = newline
        self._text = ''
        self._parts = []          # pending appends at the end
        self._pos = 0
        self._closed = False
        self._seen = 0            # newline kinds seen (universal mode)
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    # storage --------------------------------------------------------------

    def _value(self):
        if self._parts:
            self._text += ''.join(self._parts)
            self._parts = []
        return self._text

    def _length(self):
        if self._parts:
            return len(self._value())
        return len(self._text)

    def _translate(self, s):
        newline = self._newline
        if newline is None:
            if '\r' in s:
                if '\r\n' in s:
                    self._seen |= 4
                    s = s.replace('\r\n', '\n')
                if '\r' in s:
                    self._seen |= 1
                    s = s.replace('\r', '\n')
            if '\n' in s:
                self._seen |= 2
        elif newline == '':
            if '\r\n' in s:
                self._seen |= 4
            if '\r' in s.replace('\r\n', ''):
                self._seen |= 1
            if '\n' in s.replace('\r\n', ''):
                self._seen |= 2
        elif newline != '\n':
            s = s.replace('\n', newline)
        return s

    def _write(self, s):
        s = self._translate(s)
        pos = self._pos
        length = self._length()
        if pos == length:
            self._parts.append(s)
        else:
            text = self._value()
            if pos > length:
                text += '\0' * (pos - length)
            self._text = text[:pos] + s + text[pos + len(s):]
        self._pos = pos + len(s)

    # the API ----------------------------------------------------------------

    def getvalue(self):
        self._check()
        return self._value()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        n = len(s)
        if n:
            self._write(s)
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        text = self._value()
        pos = self._pos
        if pos >= len(text):
            return ''
        end = len(text) if size < 0 else min(len(text), pos + size)
        self._pos = end
        return text[pos:end]

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f'integer argument expected, got {type(size).__name__!r}')
        text = self._value()
        pos = self._pos
        if pos >= len(text):
            return ''
        limit = len(text) if size < 0 else min(len(text), pos + size)
        end = _find_line_end(text, pos, limit, self._newline)
        self._pos = end
        return text[pos:end]

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")  # sic, as CPython
            self._pos = self._length()
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        elif not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if pos < 0:
            raise ValueError(f'Negative size value {pos}')
        text = self._value()
        if pos < len(text):
            self._text = text[:pos]
        return pos

    def detach(self):
        raise UnsupportedOperation('detach')

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is not None and self._newline != '':
            return None
        return (None, '\r', '\n', ('\r', '\n'), '\r\n', ('\r', '\r\n'),
                ('\n', '\r\n'), ('\r', '\n', '\r\n'))[self._seen]

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


def _as_bytes(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if isinstance(b, memoryview):
        return b.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


@_c_type_name
class BytesIO(_MemoryStream, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        self._buffer = bytearray()
        self._pos = 0
        self._closed = False
        if initial_bytes is not None:
            self._buffer += _as_bytes(initial_bytes)

    def getvalue(self):
        self._check()
        return bytes(self._buffer)

    def getbuffer(self):
        self._check()
        return memoryview(self._buffer)

    def write(self, b):
        self._check()
        data = _as_bytes(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buffer
        if pos > len(buf):
            buf += b'\0' * (pos - len(buf))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buffer
        pos = self._pos
        if pos >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buffer
        pos = self._pos
        if pos >= len(buf):
            return b''
        limit = len(buf) if size < 0 else min(len(buf), pos + size)
        j = buf.find(b'\n', pos, limit)
        end = limit if j < 0 else j + 1
        self._pos = end
        return bytes(buf[pos:end])

    def readinto(self, b):
        self._check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
        if size < 0:
            raise ValueError(f'negative size value {size}')
        if size < len(self._buffer):
            del self._buffer[size:]
        return size


class TextIOWrapper(TextIOBase):
    """A text stream over a binary buffer (here, a BytesIO): text is
    encoded on write and decoded on read."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        self.buffer = buffer
        self._encoding = 'utf-8' if encoding in (None, 'locale') else encoding
        self._errors = 'strict' if errors is None else errors
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._pending = ''

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return getattr(self.buffer, 'name')

    def close(self):
        if not self.buffer.closed:
            self.buffer.close()

    def write(self, s):
        if self.closed:
            raise ValueError(_CLOSED)
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self._encoding, self._errors))
        return len(s)

    def read(self, size=-1):
        if self.closed:
            raise ValueError(_CLOSED)
        text = self._pending + self.buffer.read().decode(self._encoding, self._errors)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        if size is None or size < 0:
            self._pending = ''
            return text
        self._pending = text[size:]
        return text[:size]

    def readline(self, size=-1):
        if self.closed:
            raise ValueError(_CLOSED)
        text = self.read()
        end = _find_line_end(text, 0, len(text) if size is None or size < 0 else min(size, len(text)),
                             '\n' if self._newline is None else self._newline)
        self._pending = text[end:]
        return text[:end]

    def flush(self):
        if self.closed:
            raise ValueError(_CLOSED)
        self.buffer.flush()

    def detach(self):
        buffer = self.buffer
        self.buffer = None
        return buffer

    def seekable(self):
        return self.buffer.seekable()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seek(self, pos, whence=0):
        self._pending = ''
        return self.buffer.seek(pos, whence)

    def tell(self):
        return self.buffer.tell() - len(self._pending.encode(self._encoding, self._errors))

    def __repr__(self):
        return f'<_io.TextIOWrapper encoding={self._encoding!r}>'


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r into \\n (universal newlines)."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        if self.translate:
            output = output.replace('\r\n', '\n').replace('\r', '\n')
        return output

    def reset(self):
        self._pendingcr = False


for _cls in (StringIO, BytesIO, TextIOWrapper, IncrementalNewlineDecoder):
    _cls.__module__ = '_io'
del _cls

# sys.stdout / sys.stderr (CPython's _io.TextIOWrapper objects).
_stream_type = type(getattr(_sys, '__stdout__', None) or _sys.stdout)
if _stream_type is not TextIOWrapper and _stream_type is not StringIO:
    TextIOBase.register(_stream_type)


class _UnavailableFile:
    def __init__(self, *args, **kwargs):
        raise UnsupportedOperation('files are not available in the playground')


FileIO = BufferedReader = BufferedWriter = BufferedRWPair = BufferedRandom = _UnavailableFile
