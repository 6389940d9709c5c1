"""Quoted-printable encoding and decoding (RFC 1521), as CPython 3.11's
quopri over binascii's b2a_qp/a2b_qp: the same soft line breaks at 76
columns, escaped trailing whitespace, CRLF kept when the data uses it, and
RFC 1522 headers (`_` for space) with header=True."""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''

_HEXDIGITS = frozenset(b'0123456789abcdefABCDEF')


def needsquoting(c, quotetabs, header):
    """Whether one byte (a bytes of length 1) must be quoted."""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The escape of one byte: b'=' and two upper-case hex digits."""
    assert isinstance(c, bytes) and len(c) == 1
    c = ord(c)
    return ESCAPE + bytes((HEX[c // 16], HEX[c % 16]))


def ishex(c):
    assert isinstance(c, bytes)
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    return int(bytes(s).decode('ascii'), 16)


def _b2a_qp(data, quotetabs=False, istext=True, header=False):
    data = bytes(data)
    size = len(data)
    newline = data.find(b'\n')
    crlf = newline > 0 and data[newline - 1] == 0x0D
    soft_break = b'=\r\n' if crlf else b'=\n'
    hard_break = b'\r\n' if crlf else b'\n'
    out = bytearray()
    column = 0
    pos = 0
    while pos < size:
        byte = data[pos]
        following = data[pos + 1] if pos + 1 < size else None
        must_quote = (
            byte > 126 or byte == 0x3D
            or (header and byte == 0x5F)
            or (byte == 0x2E and column == 0
                and following in (None, 0x0A, 0x0D, 0))
            or (not istext and byte in (0x0D, 0x0A))
            or (byte in (0x09, 0x20) and following is None)
            or (byte < 33 and byte not in (0x0D, 0x0A)
                and (quotetabs or byte not in (0x09, 0x20))))
        if must_quote:
            if column + 3 >= MAXLINESIZE:
                out += soft_break
                column = 0
            out += b'=%02X' % byte
            pos += 1
            column += 3
        elif istext and (byte == 0x0A or (byte == 0x0D and following == 0x0A)):
            column = 0
            if out and out[-1] in (0x20, 0x09):
                out[-1:] = b'=%02X' % out[-1]
            out += hard_break
            pos += 2 if byte == 0x0D else 1
        else:
            if following is not None and following != 0x0A \
                    and column + 1 >= MAXLINESIZE:
                out += soft_break
                column = 0
            column += 1
            out.append(0x5F if header and byte == 0x20 else byte)
            pos += 1
    return bytes(out)


def _a2b_qp(data, header=False):
    data = bytes(data)
    size = len(data)
    out = bytearray()
    pos = 0
    while pos < size:
        byte = data[pos]
        if byte == 0x3D:
            pos += 1
            if pos >= size:
                break
            if data[pos] in (0x0A, 0x0D):
                # A soft line break: skip to after the line's end.
                if data[pos] != 0x0A:
                    while pos < size and data[pos] != 0x0A:
                        pos += 1
                if pos < size:
                    pos += 1
            elif data[pos] == 0x3D:
                out.append(0x3D)
                pos += 1
            elif pos + 1 < size and data[pos] in _HEXDIGITS \
                    and data[pos + 1] in _HEXDIGITS:
                out.append(int(data[pos:pos + 2], 16))
                pos += 2
            else:
                out.append(0x3D)
        elif header and byte == 0x5F:
            out.append(0x20)
            pos += 1
        else:
            out.append(byte)
            pos += 1
    return bytes(out)


def encode(input, output, quotetabs, header=False):
    """Reads binary file input, writes its quoted-printable encoding to
    binary file output."""
    output.write(_b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return _b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Reads binary file input, writes its decoding to binary file output."""
    output.write(_a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return _a2b_qp(s, header=header)
