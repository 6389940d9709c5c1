"""What each of the playground's encodings.<codec> modules exports, built
over the codec its codecs module implements: one definition shared by the
codec modules instead of a copy in each."""

import codecs


def export(codec, namespace):
    """Fills `namespace` (a codec module's globals) with CPython 3.11's
    names of an encodings.<codec> module for the builtin codec `codec`."""
    info = codecs._builtin_codec(codec)
    module = namespace['__name__']

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return info.encode(input, errors)

        def decode(self, input, errors='strict'):
            return info.decode(input, errors)

    def getregentry():
        return codecs._fresh_codec_info(info)

    for item, name in ((Codec, 'Codec'), (getregentry, 'getregentry')):
        item.__module__ = module
        item.__qualname__ = name
    namespace.update(
        _info=info, encode=info.encode, decode=info.decode,
        IncrementalEncoder=info.incrementalencoder,
        IncrementalDecoder=info.incrementaldecoder,
        StreamWriter=info.streamwriter, StreamReader=info.streamreader,
        Codec=Codec, getregentry=getregentry)
