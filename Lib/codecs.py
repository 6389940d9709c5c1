"""Codec registry and base classes (CPython 3.11's codecs, for the encodings
str.encode and bytes.decode support: utf-8, utf-8-sig, ascii, latin-1,
utf-16, utf-16-le, utf-16-be, unicode_escape, raw_unicode_escape; and the
str-to-str and bytes-to-bytes codecs of Lib/_codecs_binary.py: rot_13,
hex, base64, zlib)."""

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

# CPython's C helpers (utf_8_encode, ...), which its own encodings package
# needs when this module replaces codecs; the VM has none, and the
# definitions below are what programs use.
try:
    from _codecs import *
except ImportError:
    pass

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


# Under CPython (scripts/lib-harness.py) the codecs its encodings package
# registered are checked against the host's CodecInfo: derive from it there.
import sys as _sys
_host_codecs = getattr(_sys.modules.get('encodings'), 'codecs', None)
_CodecInfoBase = getattr(_host_codecs, 'CodecInfo', tuple)
del _sys


class CodecInfo(_CodecInfoBase):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder that keeps the undecoded tail of its input."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)


class StreamReader(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read()
        return self.decode(data, self.errors)[0]

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)


StreamReaderWriter = StreamRecoder = None


# The codecs themselves, over str.encode and bytes.decode.

def _check_str(codec, input):
    if not isinstance(input, str):
        raise TypeError("%s_encode() argument 1 must be str, not %s" % (codec, type(input).__name__))


def _as_bytes(input):
    if isinstance(input, (bytes, bytearray)):
        return bytes(input)
    try:
        return memoryview(input).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__) from None


def _utf8_incomplete_tail(data):
    """How many bytes at the end of data start a UTF-8 sequence not yet complete."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 else 1
        return back if need > back else 0
    return 0


def _make(python_name, str_name, codec_name, fixed_width=None, decodes_str=False):
    def encode(input, errors='strict'):
        _check_str(codec_name, input)
        return (input.encode(str_name, errors), len(input))

    def decode(input, errors='strict', final=False):
        # The escape codecs' decoders also take a str (its UTF-8 bytes).
        data = input.encode() if decodes_str and isinstance(input, str) else _as_bytes(input)
        keep = 0
        if not final:
            if fixed_width:
                keep = len(data) % fixed_width
            elif str_name == 'utf-8':
                keep = _utf8_incomplete_tail(data)
        head = data[:len(data) - keep]
        return (head.decode(str_name, errors), len(head))

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class _Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    class _Writer(StreamWriter):
        pass

    class _Reader(StreamReader):
        pass

    def stateless_decode(input, errors='strict'):
        return decode(input, errors, True)

    _Writer.encode = staticmethod(encode)
    _Reader.decode = staticmethod(stateless_decode)
    for cls, kind in ((_Encoder, 'IncrementalEncoder'), (_Decoder, 'IncrementalDecoder'),
                      (_Writer, 'StreamWriter'), (_Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = kind
        cls.__module__ = 'encodings.' + codec_name
    return CodecInfo(encode, stateless_decode, _Reader, _Writer, _Encoder, _Decoder, python_name)


def _make_utf8_sig():
    base = _make('utf-8', 'utf-8', 'utf_8')

    def encode(input, errors='strict'):
        data, consumed = base.encode(input, errors)
        return (BOM_UTF8 + data, consumed)

    def decode(input, errors='strict'):
        data = _as_bytes(input)
        prefix = 3 if data[:3] == BOM_UTF8 else 0
        text, consumed = base.decode(data[prefix:], errors)
        return (text, consumed + prefix)

    class _Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            if self.first:
                self.first = False
                return encode(input, self.errors)[0]
            return base.encode(input, self.errors)[0]

        def reset(self):
            self.first = True

    class _Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = True

        def _buffer_decode(self, input, errors, final):
            prefix = 0
            if self.first:
                if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                    return ("", 0)
                self.first = False
                prefix = 3 if input[:3] == BOM_UTF8 else 0
            text, consumed = base.incrementaldecoder(errors)._buffer_decode(input[prefix:], errors, final)
            return (text, consumed + prefix)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = True

    return CodecInfo(encode, decode, base.streamreader, base.streamwriter, _Encoder, _Decoder, 'utf-8-sig')


def _make_utf16():
    le = _make('utf-16-le', 'utf-16-le', 'utf_16_le', 2)
    be = _make('utf-16-be', 'utf-16-be', 'utf_16_be', 2)

    def encode(input, errors='strict'):
        data, consumed = le.encode(input, errors)
        return (BOM_UTF16_LE + data, consumed)

    def decode(input, errors='strict'):
        data = _as_bytes(input)
        if data[:2] == BOM_UTF16_BE:
            text, consumed = be.decode(data[2:], errors)
            return (text, consumed + 2)
        prefix = 2 if data[:2] == BOM_UTF16_LE else 0
        text, consumed = le.decode(data[prefix:], errors)
        return (text, consumed + prefix)

    return CodecInfo(encode, decode, le.streamreader, le.streamwriter,
                     le.incrementalencoder, le.incrementaldecoder, 'utf-16')


def _normalize(encoding):
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars).lower()


_aliases = {
    'utf_8': 'utf_8', 'utf8': 'utf_8', 'u8': 'utf_8', 'utf': 'utf_8', 'utf8_ucs2': 'utf_8',
    'utf8_ucs4': 'utf_8', 'cp65001': 'utf_8',
    'utf_8_sig': 'utf_8_sig',
    'ascii': 'ascii', '646': 'ascii', 'us_ascii': 'ascii', 'us': 'ascii', 'ansi_x3.4_1968': 'ascii',
    'ansi_x3_4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii', 'cp367': 'ascii', 'csascii': 'ascii', 'ibm367': 'ascii',
    'iso646_us': 'ascii', 'iso_646.irv_1991': 'ascii', 'iso_ir_6': 'ascii',
    'latin_1': 'latin_1', 'latin1': 'latin_1', 'latin': 'latin_1', 'l1': 'latin_1', 'iso8859_1': 'latin_1',
    'iso_8859_1': 'latin_1', '8859': 'latin_1', 'cp819': 'latin_1', 'iso_ir_100': 'latin_1',
    'iso_8859_1_1987': 'latin_1', 'iso8859': 'latin_1', 'ibm819': 'latin_1', 'csisolatin1': 'latin_1',
    'utf_16': 'utf_16', 'utf16': 'utf_16', 'u16': 'utf_16',
    'utf_16_le': 'utf_16_le', 'utf_16le': 'utf_16_le', 'unicodelittleunmarked': 'utf_16_le',
    'utf_16_be': 'utf_16_be', 'utf_16be': 'utf_16_be', 'unicodebigunmarked': 'utf_16_be',
    'unicode_escape': 'unicode_escape', 'raw_unicode_escape': 'raw_unicode_escape',
    'rot_13': 'rot_13', 'rot13': 'rot_13',
    'hex_codec': 'hex_codec', 'hex': 'hex_codec',
    'base64_codec': 'base64_codec', 'base64': 'base64_codec', 'base_64': 'base64_codec',
    'zlib_codec': 'zlib_codec', 'zlib': 'zlib_codec', 'zip': 'zlib_codec',
}

_builders = {
    'utf_8': lambda: _make('utf-8', 'utf-8', 'utf_8'),
    'utf_8_sig': _make_utf8_sig,
    'ascii': lambda: _make('ascii', 'ascii', 'ascii'),
    'latin_1': lambda: _make('iso8859-1', 'latin-1', 'latin_1'),
    'utf_16': _make_utf16,
    'utf_16_le': lambda: _make('utf-16-le', 'utf-16-le', 'utf_16_le', 2),
    'utf_16_be': lambda: _make('utf-16-be', 'utf-16-be', 'utf_16_be', 2),
    'unicode_escape': lambda: _make('unicode-escape', 'unicode_escape', 'unicode_escape', decodes_str=True),
    'raw_unicode_escape': lambda: _make('raw-unicode-escape', 'raw_unicode_escape', 'raw_unicode_escape',
                                        decodes_str=True),
    'rot_13': lambda: _binary_codec('rot_13'),
    'hex_codec': lambda: _binary_codec('hex_codec'),
    'base64_codec': lambda: _binary_codec('base64_codec'),
    'zlib_codec': lambda: _binary_codec('zlib_codec'),
}


def _binary_codec(name):
    from _codecs_binary import codec_info
    return codec_info(name)

_cache = {}
_search_functions = []


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    # CPython 3.11's normalization: lower case, spaces and hyphens as '_'
    key = encoding.lower().replace(' ', '_').replace('-', '_')
    if key in _cache:
        return _cache[key]
    for search in _search_functions:
        result = search(key)
        if result is not None:
            if not isinstance(result, CodecInfo):
                if not isinstance(result, tuple) or len(result) != 4:
                    raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = result
            return result
    canonical = _aliases.get(_normalize(encoding))
    if canonical is None:
        raise LookupError("unknown encoding: %s" % encoding)
    info = _fresh_codec_info(_builtin_codec(canonical))
    _cache[key] = info
    return info


def _fresh_codec_info(info):
    """A new CodecInfo with the same functions and classes (CPython's
    codec modules build one per lookup key)."""
    return CodecInfo(info.encode, info.decode, info.streamreader, info.streamwriter,
                     info.incrementalencoder, info.incrementaldecoder, info.name,
                     _is_text_encoding=info._is_text_encoding)


_builtin_infos = {}


def _builtin_codec(canonical):
    """The CodecInfo of a codec this module implements, by its module name
    in the encodings package ('utf_8', 'latin_1', ...): one prototype per
    codec, whose functions and classes every lookup's CodecInfo shares
    (encodings.<name> exports them)."""
    info = _builtin_infos.get(canonical)
    if info is None:
        info = _builtin_infos[canonical] = _builders[canonical]()
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    codec = lookup(encoding)
    try:
        return codec.encode(obj, errors)[0]
    except Exception as exc:
        wrapped = _wrap_codec_error(exc, 'encoding', encoding)
        if wrapped is None:
            raise
        raise wrapped from exc


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    codec = lookup(encoding)
    try:
        return codec.decode(obj, errors)[0]
    except Exception as exc:
        wrapped = _wrap_codec_error(exc, 'decoding', encoding)
        if wrapped is None:
            raise
        raise wrapped from exc


def _wrap_codec_error(exc, operation, encoding):
    """A codec's error again, its message naming the codec (CPython's
    _PyErr_TrySetFromCause): only for an exception type built the plain
    way (BaseException's __new__ and __init__) with no extra state, else
    None and the error goes on as raised."""
    cls = type(exc)
    for klass in cls.__mro__:
        if klass in _OWN_INIT_EXCEPTIONS:
            return None
        if _defines_in_python(klass, '__init__') or _defines_in_python(klass, '__new__'):
            return None
    if not isinstance(exc.args, tuple) or getattr(exc, '__dict__', None):
        return None
    return cls("%s with %r codec failed (%s: %s)" % (operation, encoding, cls.__name__, exc))


def _defines_in_python(klass, name):
    attr = vars(klass).get(name)
    return hasattr(getattr(attr, '__func__', attr), '__code__')


# Built-in exceptions with their own __new__ or __init__ (extra fields).
_OWN_INIT_EXCEPTIONS = (OSError, SyntaxError, UnicodeEncodeError, UnicodeDecodeError,
                        UnicodeTranslateError, StopIteration, ImportError, AttributeError,
                        NameError, SystemExit, BaseExceptionGroup)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encoding iterator: encodes the strings from iterator incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decoding iterator: decodes the bytes from iterator incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    raise PermissionError("codecs.open() is not available in the sandbox")


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError("codecs.EncodedFile is not supported")


# Error handlers.

def strict_errors(exception):
    if isinstance(exception, BaseException):
        raise exception
    raise TypeError("codec must pass exception instance")


def ignore_errors(exception):
    if isinstance(exception, (UnicodeEncodeError, UnicodeDecodeError)):
        return ('', exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def replace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    if isinstance(exception, UnicodeDecodeError):
        return ('\ufffd', exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def backslashreplace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        text = exception.object[exception.start:exception.end]
        parts = []
        for c in text:
            n = ord(c)
            parts.append('\\x%02x' % n if n < 0x100 else '\\u%04x' % n if n < 0x10000 else '\\U%08x' % n)
        return (''.join(parts), exception.end)
    if isinstance(exception, UnicodeDecodeError):
        data = exception.object[exception.start:exception.end]
        return (''.join('\\x%02x' % b for b in data), exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def xmlcharrefreplace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        text = exception.object[exception.start:exception.end]
        return (''.join('&#%d;' % ord(c) for c in text), exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


namereplace_errors = backslashreplace_errors

_error_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'backslashreplace': backslashreplace_errors, 'xmlcharrefreplace': xmlcharrefreplace_errors,
    'namereplace': namereplace_errors,
}


def register_error(name, handler):
    """Register the specified error handler under the name errors."""
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    """Return the error handler for the specified error handling name."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# Under CPython, the rest of the host module's helpers (make_identity_dict,
# charmap_build, ...) for the encodings package's own codecs.
if _host_codecs is not None:
    for _name in dir(_host_codecs):
        if _name not in globals():
            globals()[_name] = getattr(_host_codecs, _name)
    del _name
