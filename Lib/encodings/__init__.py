"""The codec search package (CPython 3.11's encodings, for the playground).

Importing it registers search_function() with the codecs registry, as
CPython does at start-up. search_function(name) normalizes the name
(normalize_encoding), maps it through encodings.aliases and imports the
codec module encodings.<module>, whose getregentry() gives the CodecInfo.
The playground's codec modules are those of the codecs the codecs module
implements (utf_8, utf_8_sig, ascii, latin_1, utf_16, utf_16_le,
utf_16_be, unicode_escape, raw_unicode_escape, rot_13, hex_codec,
base64_codec, zlib_codec) and idna; the alias table names many more
(cp1252, shift_jis, ...), and looking one of those up finds no module, so
the search returns None and codecs.lookup() raises LookupError.
"""

import codecs
import sys
from . import aliases

_cache = {}
_unknown = '--unknown--'
_import_tail = ['*']
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Normalize an encoding name: each run of characters other than ASCII
    letters, digits and dots becomes one underscore (none at the start);
    non-ASCII letters and digits are dropped. Case is kept."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    out = []
    gap = False
    for ch in encoding:
        if ch.isalnum() or ch == '.':
            if gap and out:
                out.append('_')
            if ch.isascii():
                out.append(ch)
            gap = False
        else:
            gap = True
    return ''.join(out)


def _codec_module(names):
    for name in names:
        if not name or '.' in name:
            continue
        try:
            return __import__('encodings.' + name, fromlist=_import_tail, level=0)
        except ImportError:
            pass
    return None


def search_function(encoding):
    """The CodecInfo of encoding, or None when no codec module has it."""
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    norm_encoding = normalize_encoding(encoding)
    aliased = (_aliases.get(norm_encoding) or
               _aliases.get(norm_encoding.replace('.', '_')))
    if aliased is not None:
        modnames = [aliased, norm_encoding]
    else:
        modnames = [norm_encoding]
    mod = _codec_module(modnames)
    getregentry = getattr(mod, 'getregentry', None)
    if getregentry is None:
        _cache[encoding] = None
        return None
    entry = getregentry()
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError('module "%s" (%s) failed to register'
                                     % (mod.__name__, mod.__file__))
        if not callable(entry[0]) or not callable(entry[1]) or \
           (entry[2] is not None and not callable(entry[2])) or \
           (entry[3] is not None and not callable(entry[3])) or \
           (len(entry) > 4 and entry[4] is not None and not callable(entry[4])) or \
           (len(entry) > 5 and entry[5] is not None and not callable(entry[5])):
            raise CodecRegistryError('incompatible codecs in module "%s" (%s)'
                                     % (mod.__name__, mod.__file__))
        if len(entry) < 7 or entry[6] is None:
            entry += (None,) * (6 - len(entry)) + (mod.__name__.split(".", 1)[1],)
        entry = codecs.CodecInfo(*entry)
    _cache[encoding] = entry
    getaliases = getattr(mod, 'getaliases', None)
    if getaliases is not None:
        for alias in getaliases():
            if alias not in _aliases:
                _aliases[alias] = mod.__name__.split(".", 1)[1]
    return entry


codecs.register(search_function)
