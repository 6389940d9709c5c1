"""tomllib's scanning helpers and scalar values: whitespace and comments,
basic and literal strings (one-line and multi-line), numbers, dates and
times. Every function takes the source and a position and returns the
position after what it read (and the value)."""

import re
from datetime import date, datetime, time, timedelta, timezone

WS = frozenset(" \t")
WS_NEWLINE = frozenset(" \t\n")
_CONTROL = frozenset(chr(i) for i in range(32)) | {chr(127)}
ILLEGAL_ONE_LINE = _CONTROL - {"\t"}
ILLEGAL_MULTILINE = _CONTROL - {"\t", "\n"}
_HEX = frozenset("0123456789abcdefABCDEF")
_ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r",
            '\\"': '"', "\\\\": "\\"}


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


def error(src, pos, msg):
    """A TOMLDecodeError for `msg` at `pos`: '(at line L, column C)' or
    '(at end of document)'."""
    if pos >= len(src):
        where = "end of document"
    else:
        line = src.count("\n", 0, pos) + 1
        column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
        where = f"line {line}, column {column}"
    return TOMLDecodeError(f"{msg} (at {where})")


def skip(src, pos, chars):
    while pos < len(src) and src[pos] in chars:
        pos += 1
    return pos


def skip_until(src, pos, expect, illegal, eof_is_error):
    """Position of `expect` from pos (the end when missing), refusing any
    illegal character before it."""
    end = src.find(expect, pos)
    if end == -1:
        end = len(src)
        if eof_is_error:
            raise error(src, end, f"Expected {expect!r}")
    for i in range(pos, end):
        if src[i] in illegal:
            raise error(src, i, f"Found invalid character {src[i]!r}")
    return end


def skip_comment(src, pos):
    if src.startswith("#", pos):
        return skip_until(src, pos + 1, "\n", ILLEGAL_ONE_LINE, False)
    return pos


def skip_array_space(src, pos):
    """Past whitespace, newlines and comments (inside arrays)."""
    while True:
        start = pos
        pos = skip_comment(src, skip(src, pos, WS_NEWLINE))
        if pos == start:
            return pos


# -- strings -------------------------------------------------------------

def literal_string(src, pos):
    """'...' starting at pos (the quote)."""
    end = skip_until(src, pos + 1, "'", ILLEGAL_ONE_LINE, True)
    return end + 1, src[pos + 1:end]


def basic_string(src, pos):
    """"..." starting at pos (the quote)."""
    return _basic_body(src, pos + 1, False)


def multiline_string(src, pos, literal):
    """'''...''' or \"\"\"...\"\"\" starting at pos; a newline right after
    the opening delimiter is dropped, and up to two quotes before the
    closing one belong to the value."""
    pos += 3
    if src.startswith("\n", pos):
        pos += 1
    if literal:
        quote = "'"
        end = skip_until(src, pos, "'''", ILLEGAL_MULTILINE, True)
        value = src[pos:end]
        pos = end + 3
    else:
        quote = '"'
        pos, value = _basic_body(src, pos, True)
    for _ in range(2):
        if not src.startswith(quote, pos):
            break
        value += quote
        pos += 1
    return pos, value


def _basic_body(src, pos, multiline):
    illegal = ILLEGAL_MULTILINE if multiline else ILLEGAL_ONE_LINE
    pieces = []
    start = pos
    while True:
        if pos >= len(src):
            raise error(src, pos, "Unterminated string")
        char = src[pos]
        if char == '"':
            if not multiline:
                pieces.append(src[start:pos])
                return pos + 1, "".join(pieces)
            if src.startswith('"""', pos):
                pieces.append(src[start:pos])
                return pos + 3, "".join(pieces)
            pos += 1
        elif char == "\\":
            pieces.append(src[start:pos])
            pos, text = _escape(src, pos, multiline)
            pieces.append(text)
            start = pos
        elif char in illegal:
            raise error(src, pos, f"Illegal character {char!r}")
        else:
            pos += 1


def _escape(src, pos, multiline):
    code = src[pos:pos + 2]
    pos += 2
    if multiline and code in ("\\ ", "\\\t", "\\\n"):
        # A line-ending backslash: drop whitespace and newlines after it.
        if code != "\\\n":
            pos = skip(src, pos, WS)
            if pos >= len(src):
                return pos, ""
            if src[pos] != "\n":
                raise error(src, pos, "Unescaped '\\' in a string")
            pos += 1
        return skip(src, pos, WS_NEWLINE), ""
    if code in ("\\u", "\\U"):
        size = 4 if code == "\\u" else 8
        digits = src[pos:pos + size]
        if len(digits) != size or not _HEX.issuperset(digits):
            raise error(src, pos, "Invalid hex value")
        pos += size
        point = int(digits, 16)
        if not (0 <= point <= 0xD7FF or 0xE000 <= point <= 0x10FFFF):
            raise error(src, pos,
                        "Escaped character is not a Unicode scalar value")
        return pos, chr(point)
    if code in _ESCAPES:
        return pos, _ESCAPES[code]
    raise error(src, pos, "Unescaped '\\' in a string")


# -- numbers, dates and times ---------------------------------------------

_TIME = (r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])"
         r"(?:\.([0-9]{1,6})[0-9]*)?")
NUMBER = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<floatpart>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")
LOCAL_TIME = re.compile(_TIME)
DATETIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")

_offsets = {}


def _micros(text):
    return int(text.ljust(6, "0")) if text else 0


def to_datetime(match):
    """A date, or a datetime (aware with an offset or Z, naive without);
    ValueError for an impossible day."""
    (year, month, day, hour, minute, second, fraction, zulu, sign,
     off_hour, off_minute) = match.groups()
    if hour is None:
        return date(int(year), int(month), int(day))
    if sign:
        key = (sign, off_hour, off_minute)
        tz = _offsets.get(key)
        if tz is None:
            factor = 1 if sign == "+" else -1
            tz = _offsets[key] = timezone(timedelta(
                hours=factor * int(off_hour), minutes=factor * int(off_minute)))
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(int(year), int(month), int(day), int(hour), int(minute),
                    int(second), _micros(fraction), tzinfo=tz)


def to_time(match):
    hour, minute, second, fraction = match.groups()
    return time(int(hour), int(minute), int(second), _micros(fraction))


def to_number(match, parse_float):
    if match.group("floatpart"):
        return parse_float(match.group())
    return int(match.group(), 0)
