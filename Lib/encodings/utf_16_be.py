"""The 'utf-16-be' codec: encodings.utf_16_be as CPython 3.11 has it, over the
codec the playground's codecs module implements."""

import codecs

_info = codecs._builtin_codec('utf_16_be')

encode = _info.encode
decode = _info.decode
IncrementalEncoder = _info.incrementalencoder
IncrementalDecoder = _info.incrementaldecoder
StreamWriter = _info.streamwriter
StreamReader = _info.streamreader


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return _info.encode(input, errors)

    def decode(self, input, errors='strict'):
        return _info.decode(input, errors)


def getregentry():
    return codecs._fresh_codec_info(_info)
