"""tomllib's document parser: statements (key/value pairs, [table] and
[[array of tables]] headers), keys, values, arrays and inline tables, with
the rules that keep a table from being defined twice or changed after an
inline definition. Error messages and positions are CPython 3.11's."""

from ._values import (
    WS, ILLEGAL_ONE_LINE, TOMLDecodeError, error, skip, skip_comment,
    skip_array_space, literal_string, basic_string, multiline_string,
    NUMBER, LOCAL_TIME, DATETIME, to_datetime, to_time, to_number)

_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                  "0123456789-_")
_KEY_START = _BARE | {'"', "'"}


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    src = s.replace("\r\n", "\n")
    return _Document(src, _checked_float(parse_float)).parse()


def _checked_float(parse_float):
    if parse_float is float:
        return float

    def checked(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return checked


class _Namespaces:
    """Which key paths are closed: `explicit` ones were declared as tables
    (or created by dotted keys of an earlier section) and cannot be
    declared again; `frozen` ones (and everything under them) came from an
    inline table or array and cannot change."""

    def __init__(self):
        self.explicit = set()
        self.frozen = set()
        self.pending = set()

    def is_explicit(self, key):
        return key in self.explicit

    def is_frozen(self, key):
        return any(key[:i] in self.frozen for i in range(1, len(key) + 1))

    def finalize_pending(self):
        self.explicit.update(self.pending)
        self.pending.clear()

    def release(self, key):
        # Forget the flags of key and of everything under it.
        n = len(key)
        self.explicit = {k for k in self.explicit if k[:n] != key}
        self.frozen = {k for k in self.frozen if k[:n] != key}


def _nest(root, key, through_lists=True):
    # The table at `key`, creating missing ones; the last table of an array
    # of tables stands for the array. KeyError when a value is in the way.
    table = root
    for part in key:
        if part not in table:
            table[part] = {}
        table = table[part]
        if through_lists and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise KeyError(part)
    return table


class _Document:
    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float
        self.root = {}
        self.names = _Namespaces()

    def parse(self):
        src = self.src
        pos = 0
        header = ()
        while True:
            pos = skip(src, pos, WS)
            if pos >= len(src):
                break
            char = src[pos]
            if char == "\n":
                pos += 1
                continue
            if char in _KEY_START:
                pos = self.key_value(pos, header)
                pos = skip(src, pos, WS)
            elif char == "[":
                self.names.finalize_pending()
                if src.startswith("[[", pos):
                    pos, header = self.array_header(pos)
                else:
                    pos, header = self.table_header(pos)
                pos = skip(src, pos, WS)
            elif char != "#":
                raise error(src, pos, "Invalid statement")
            pos = skip_comment(src, pos)
            if pos >= len(src):
                break
            if src[pos] != "\n":
                raise error(src, pos, "Expected newline or end of document "
                            "after a statement")
            pos += 1
        return self.root

    def table_header(self, pos):
        src = self.src
        pos, key = parse_key(src, skip(src, pos + 1, WS))
        if self.names.is_explicit(key) or self.names.is_frozen(key):
            raise error(src, pos, f"Cannot declare {key} twice")
        self.names.explicit.add(key)
        try:
            _nest(self.root, key)
        except KeyError:
            raise error(src, pos, "Cannot overwrite a value") from None
        if not src.startswith("]", pos):
            raise error(src, pos,
                        "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_header(self, pos):
        src = self.src
        pos, key = parse_key(src, skip(src, pos + 2, WS))
        if self.names.is_frozen(key):
            raise error(src, pos, f"Cannot mutate immutable namespace {key}")
        self.names.release(key)
        self.names.explicit.add(key)
        try:
            parent = _nest(self.root, key[:-1])
            if key[-1] in parent:
                if not isinstance(parent[key[-1]], list):
                    raise KeyError(key[-1])
                parent[key[-1]].append({})
            else:
                parent[key[-1]] = [{}]
        except KeyError:
            raise error(src, pos, "Cannot overwrite a value") from None
        if not src.startswith("]]", pos):
            raise error(src, pos,
                        "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def key_value(self, pos, header):
        src = self.src
        pos, key, value = parse_pair(src, pos, self.parse_float)
        parent = header + key[:-1]
        for i in range(1, len(key)):
            path = header + key[:i]
            if self.names.is_explicit(path):
                raise error(src, pos, f"Cannot redefine namespace {path}")
            self.names.pending.add(path)
        if self.names.is_frozen(parent):
            raise error(src, pos, f"Cannot mutate immutable namespace {parent}")
        try:
            table = _nest(self.root, parent)
        except KeyError:
            raise error(src, pos, "Cannot overwrite a value") from None
        if key[-1] in table:
            raise error(src, pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.names.frozen.add(header + key)
        table[key[-1]] = value
        return pos


def parse_key(src, pos):
    """A dotted key as a tuple of its parts."""
    pos, part = _key_part(src, pos)
    key = (part,)
    pos = skip(src, pos, WS)
    while src.startswith(".", pos):
        pos, part = _key_part(src, skip(src, pos + 1, WS))
        key += (part,)
        pos = skip(src, pos, WS)
    return pos, key


def _key_part(src, pos):
    char = src[pos] if pos < len(src) else None
    if char is not None and char in _BARE:
        end = skip(src, pos, _BARE)
        return end, src[pos:end]
    if char == "'":
        return literal_string(src, pos)
    if char == '"':
        return basic_string(src, pos)
    raise error(src, pos, "Invalid initial character for a key part")


def parse_pair(src, pos, parse_float):
    pos, key = parse_key(src, pos)
    if not src.startswith("=", pos):
        raise error(src, pos, "Expected '=' after a key in a key/value pair")
    pos, value = parse_value(src, skip(src, pos + 1, WS), parse_float)
    return pos, key, value


def parse_value(src, pos, parse_float):
    char = src[pos] if pos < len(src) else None
    if char == '"':
        if src.startswith('"""', pos):
            return multiline_string(src, pos, False)
        return basic_string(src, pos)
    if char == "'":
        if src.startswith("'''", pos):
            return multiline_string(src, pos, True)
        return literal_string(src, pos)
    if char == "t" and src.startswith("true", pos):
        return pos + 4, True
    if char == "f" and src.startswith("false", pos):
        return pos + 5, False
    if char == "[":
        return _array(src, pos, parse_float)
    if char == "{":
        return _inline_table(src, pos, parse_float)
    m = DATETIME.match(src, pos)
    if m:
        try:
            value = to_datetime(m)
        except ValueError as e:
            raise error(src, pos, "Invalid date or datetime") from e
        return m.end(), value
    m = LOCAL_TIME.match(src, pos)
    if m:
        return m.end(), to_time(m)
    m = NUMBER.match(src, pos)
    if m:
        return m.end(), to_number(m, parse_float)
    if src[pos:pos + 3] in ("inf", "nan"):
        return pos + 3, parse_float(src[pos:pos + 3])
    if src[pos:pos + 4] in ("-inf", "+inf", "-nan", "+nan"):
        return pos + 4, parse_float(src[pos:pos + 4])
    raise error(src, pos, "Invalid value")


def _array(src, pos, parse_float):
    items = []
    pos = skip_array_space(src, pos + 1)
    if src.startswith("]", pos):
        return pos + 1, items
    while True:
        pos, value = parse_value(src, pos, parse_float)
        items.append(value)
        pos = skip_array_space(src, pos)
        char = src[pos:pos + 1]
        if char == "]":
            return pos + 1, items
        if char != ",":
            raise error(src, pos, "Unclosed array")
        pos = skip_array_space(src, pos + 1)
        if src.startswith("]", pos):
            return pos + 1, items


def _inline_table(src, pos, parse_float):
    table = {}
    frozen = _Namespaces()
    pos = skip(src, pos + 1, WS)
    if src.startswith("}", pos):
        return pos + 1, table
    while True:
        pos, key, value = parse_pair(src, pos, parse_float)
        if frozen.is_frozen(key):
            raise error(src, pos, f"Cannot mutate immutable namespace {key}")
        try:
            nest = _nest(table, key[:-1], through_lists=False)
        except KeyError:
            raise error(src, pos, "Cannot overwrite a value") from None
        if key[-1] in nest:
            raise error(src, pos, f"Duplicate inline table key {key[-1]!r}")
        nest[key[-1]] = value
        pos = skip(src, pos, WS)
        char = src[pos:pos + 1]
        if char == "}":
            return pos + 1, table
        if char != ",":
            raise error(src, pos, "Unclosed inline table")
        if isinstance(value, (dict, list)):
            frozen.frozen.add(key)
        pos = skip(src, pos + 1, WS)
