"""The codecs that are not text encodings (CPython's encodings.rot_13,
hex_codec, base64_codec and zlib_codec): `codecs.encode(s, 'rot13')` maps
str to str, the others bytes to bytes. str.encode and bytes.decode refuse
them ("is not a text encoding"); codecs.encode/decode and codecs.lookup
reach them through codec_info()."""

import codecs


def _rot13_map():
    table = {}
    for first in (ord('A'), ord('a')):
        for i in range(26):
            table[first + i] = first + (i + 13) % 26
    return table


_ROT13 = None


def _rot13(input, errors='strict'):
    global _ROT13
    if _ROT13 is None:
        _ROT13 = _rot13_map()
    return (str.translate(input, _ROT13), len(input))


def _strict(errors):
    if errors != 'strict':
        raise AssertionError


def _hex_encode(input, errors='strict'):
    import binascii
    _strict(errors)
    return (binascii.b2a_hex(input), len(input))


def _hex_decode(input, errors='strict'):
    import binascii
    _strict(errors)
    return (binascii.a2b_hex(input), len(input))


def _base64_encode(input, errors='strict'):
    import base64
    _strict(errors)
    return (base64.encodebytes(input), len(input))


def _base64_decode(input, errors='strict'):
    import base64
    _strict(errors)
    return (base64.decodebytes(input), len(input))


def _zlib_encode(input, errors='strict'):
    import zlib
    _strict(errors)
    return (zlib.compress(input), len(input))


def _zlib_decode(input, errors='strict'):
    import zlib
    _strict(errors)
    return (zlib.decompress(input), len(input))


# module name -> (CodecInfo name, encode, decode)
_CODECS = {
    'rot_13': ('rot-13', _rot13, _rot13),
    'hex_codec': ('hex', _hex_encode, _hex_decode),
    'base64_codec': ('base64', _base64_encode, _base64_decode),
    'zlib_codec': ('zlib', _zlib_encode, _zlib_decode),
}


def codec_info(module):
    """The CodecInfo CPython's encodings.<module>.getregentry() returns."""
    name, encode, decode = _CODECS[module]

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    class StreamWriter(codecs.StreamWriter):
        charbuffertype = bytes

    class StreamReader(codecs.StreamReader):
        charbuffertype = bytes

    StreamWriter.encode = staticmethod(encode)
    StreamReader.decode = staticmethod(decode)
    for cls in (IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        cls.__module__ = 'encodings.' + module
    return codecs.CodecInfo(name=name, encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader,
                            _is_text_encoding=False)
