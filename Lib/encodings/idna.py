"""The 'idna' codec (RFC 3490, IDNA 2003), basics: ASCII labels pass
through with CPython 3.11's length checks, other labels are prepared
(nameprep: the mapped-to-nothing characters removed, case folded, NFKC)
and written as 'xn--' plus their Punycode (RFC 3492, implemented here).
Not here: stringprep's prohibited-character and bidi checks."""

import codecs
import re
import unicodedata

dots = re.compile("[\u002E\u3002\uFF0E\uFF61]")

ace_prefix = b"xn--"
sace_prefix = "xn--"

# RFC 3454 table B.1: code points mapped to nothing.
_MAPPED_TO_NOTHING = frozenset(
    [0xAD, 0x34F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C, 0x200D,
     0x2060, 0xFEFF] + list(range(0xFE00, 0xFE10)))


def nameprep(label):
    """Prepare a label: drop table B.1's characters, fold case, NFKC."""
    kept = ''.join(c for c in label if ord(c) not in _MAPPED_TO_NOTHING)
    folded = kept.casefold() if hasattr(kept, 'casefold') else kept.lower()
    normalize = getattr(unicodedata, 'normalize', None)
    if normalize is not None:
        folded = normalize('NFKC', folded)
    return folded


# --- Punycode (RFC 3492) -------------------------------------------------

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 128
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _adapt(delta, numpoints, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // numpoints
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    if k <= bias + _TMIN:
        return _TMIN
    if k >= bias + _TMAX:
        return _TMAX
    return k - bias


def _punycode_encode(text):
    out = bytearray(ord(c) for c in text if ord(c) < 0x80)
    basic = len(out)
    if basic:
        out.append(0x2D)
    n, delta, bias, handled = _INITIAL_N, 0, _INITIAL_BIAS, basic
    codes = [ord(c) for c in text]
    while handled < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q = delta
                k = _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, handled + 1, handled == basic)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


def _punycode_decode(data):
    text = data.decode('ascii') if isinstance(data, (bytes, bytearray)) else data
    pos = text.rfind('-')
    if pos == -1:
        output, rest = [], text
    else:
        output, rest = list(text[:pos]), text[pos + 1:]
    n, i, bias = _INITIAL_N, 0, _INITIAL_BIAS
    j = 0
    while j < len(rest):
        old_i, w, k = i, 1, _BASE
        while True:
            if j >= len(rest):
                raise UnicodeError("incomplete punicode string")
            c = rest[j].lower()
            j += 1
            if 'a' <= c <= 'z':
                digit = ord(c) - ord('a')
            elif '0' <= c <= '9':
                digit = ord(c) - ord('0') + 26
            else:
                raise UnicodeError("Invalid extended code point '%s'" % c)
            i += digit * w
            t = _threshold(k, bias)
            if digit < t:
                break
            w *= _BASE - t
            k += _BASE
        bias = _adapt(i - old_i, len(output) + 1, old_i == 0)
        n += i // (len(output) + 1)
        if n > 0x10FFFF:
            raise UnicodeError("Invalid character U+%x" % n)
        i %= len(output) + 1
        output.insert(i, chr(n))
        i += 1
    return ''.join(output)


def _checked(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError("label empty or too long")


def ToASCII(label):
    """One label as its ASCII form (bytes)."""
    try:
        return _checked(label.encode("ascii"))
    except UnicodeEncodeError:
        pass
    label = nameprep(label)
    try:
        return _checked(label.encode("ascii"))
    except UnicodeEncodeError:
        pass
    if label.startswith(sace_prefix):
        raise UnicodeError("Label starts with ACE prefix")
    return _checked(ace_prefix + _punycode_encode(label))


def ToUnicode(label):
    """One label (str or bytes) as Unicode text."""
    if len(label) > 1024:
        raise UnicodeError("label way too long")
    if not isinstance(label, bytes):
        try:
            label = label.encode("ascii")
        except UnicodeEncodeError:
            label = nameprep(label)
            try:
                label = label.encode("ascii")
            except UnicodeEncodeError:
                raise UnicodeError("Invalid character in IDN label")
    if not label.startswith(ace_prefix):
        return str(label, "ascii")
    result = _punycode_decode(label[len(ace_prefix):])
    back = ToASCII(result)
    if str(label, "ascii").lower() != str(back, "ascii"):
        raise UnicodeError("IDNA does not round-trip", label, back)
    return result


def _encode(input, errors='strict'):
    if errors != 'strict':
        raise UnicodeError("unsupported error handling " + errors)
    if not input:
        return b'', 0
    try:
        result = input.encode('ascii')
    except UnicodeEncodeError:
        pass
    else:
        labels = result.split(b'.')
        for label in labels[:-1]:
            if not (0 < len(label) < 64):
                raise UnicodeError("label empty or too long")
        if len(labels[-1]) >= 64:
            raise UnicodeError("label too long")
        return result, len(input)
    labels = dots.split(input)
    trailing = b''
    if labels and not labels[-1]:
        trailing = b'.'
        del labels[-1]
    return b'.'.join(ToASCII(label) for label in labels) + trailing, len(input)


def _decode(input, errors='strict'):
    if errors != 'strict':
        raise UnicodeError("Unsupported error handling " + errors)
    if not input:
        return "", 0
    if not isinstance(input, bytes):
        input = bytes(input)
    if ace_prefix not in input:
        try:
            return input.decode('ascii'), len(input)
        except UnicodeDecodeError:
            pass
    labels = input.split(b".")
    trailing = ''
    if labels and len(labels[-1]) == 0:
        trailing = '.'
        del labels[-1]
    return ".".join(ToUnicode(label) for label in labels) + trailing, len(input)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return _encode(input, errors)

    def decode(self, input, errors='strict'):
        return _decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return _decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='idna',
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
