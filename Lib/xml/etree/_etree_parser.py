"""A small non-validating XML 1.0 parser for ElementTree: elements,
attributes, character and entity references (the predefined ones and
internal entities of the DOCTYPE), CDATA sections, comments, processing
instructions and namespaces ('{uri}local' names). It reports expat's
error messages and codes with the line and column of the offending
token, as CPython's XMLParser does."""

import re

XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"

# expat's error codes and messages.
SYNTAX, NO_ELEMENTS, INVALID_TOKEN, UNCLOSED_TOKEN = 2, 3, 4, 5
TAG_MISMATCH, DUPLICATE_ATTRIBUTE, JUNK_AFTER_DOC = 7, 8, 9
UNDEFINED_ENTITY, BAD_CHAR_REF, MISPLACED_XML_PI, UNBOUND_PREFIX = 11, 14, 17, 27
MESSAGES = {
    SYNTAX: "syntax error",
    NO_ELEMENTS: "no element found",
    INVALID_TOKEN: "not well-formed (invalid token)",
    UNCLOSED_TOKEN: "unclosed token",
    TAG_MISMATCH: "mismatched tag",
    DUPLICATE_ATTRIBUTE: "duplicate attribute",
    JUNK_AFTER_DOC: "junk after document element",
    UNDEFINED_ENTITY: "undefined entity",
    BAD_CHAR_REF: "reference to invalid character number",
    MISPLACED_XML_PI: "XML or text declaration not at start of entity",
    UNBOUND_PREFIX: "unbound prefix",
}

_NAME = re.compile(r"[A-Za-z_:\u00c0-\U0010ffff][-.0-9A-Za-z_:\u00b7-\U0010ffff]*")
_SPACE = re.compile(r"[ \t\n]*")
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_ENTITY_DECL = re.compile(
    r"<!ENTITY\s+([A-Za-z_:][-.0-9A-Za-z_:]*)\s+(\"[^\"]*\"|'[^']*')\s*>")


class XMLSyntaxError(Exception):
    """A parse failure: expat's code and the (line, column) position."""

    def __init__(self, code, position):
        Exception.__init__(self, code, position)
        self.code = code
        self.position = position


def _valid_char(point):
    return (point in (0x9, 0xA, 0xD) or 0x20 <= point <= 0xD7FF or
            0xE000 <= point <= 0xFFFD or 0x10000 <= point <= 0x10FFFF)


class Scanner:
    """Parses one document held in a str, calling the handler's start,
    end, data, comment, pi, start_ns and end_ns methods."""

    def __init__(self, text, handler):
        self.src = text.replace("\r\n", "\n").replace("\r", "\n")
        self.handler = handler
        self.entities = {}
        self.scopes = [{"xml": XML_NAMESPACE}]

    def fail(self, code, pos):
        line = self.src.count("\n", 0, pos) + 1
        column = pos - (self.src.rfind("\n", 0, pos) + 1)
        raise XMLSyntaxError(code, (line, column))

    def run(self):
        src = self.src
        pos = 1 if src.startswith("\ufeff") else 0
        if src.startswith("<?xml", pos) and src[pos + 5:pos + 6] in (" ", "\t", "\n", "?"):
            end = src.find("?>", pos)
            if end < 0:
                self.fail(UNCLOSED_TOKEN, pos)
            pos = end + 2
        pos = self.misc(pos, before_root=True)
        if pos >= len(src):
            self.fail(NO_ELEMENTS, len(src))
        if src[pos] != "<":
            self.fail(SYNTAX, pos)
        pos = self.element(pos)
        pos = self.misc(pos, before_root=False)
        if pos < len(src):
            self.fail(JUNK_AFTER_DOC, pos)

    # -- outside the root ----------------------------------------------

    def misc(self, pos, before_root):
        # Whitespace, comments, PIs (and, before the root, a DOCTYPE).
        src = self.src
        while True:
            pos = _SPACE.match(src, pos).end()
            if src.startswith("<!--", pos):
                pos = self.comment(pos)
            elif src.startswith("<?", pos):
                pos = self.pi(pos)
            elif before_root and src.startswith("<!DOCTYPE", pos):
                pos = self.doctype(pos)
            else:
                if not before_root and pos < len(src) and src[pos] != "<":
                    self.fail(JUNK_AFTER_DOC, pos)
                return pos

    def doctype(self, pos):
        # Skipped, but for its internal general entities.
        src = self.src
        i = pos + 9
        depth = 0
        while i < len(src):
            c = src[i]
            if c in "\"'":
                end = src.find(c, i + 1)
                if end < 0:
                    break
                i = end + 1
                continue
            if c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
            elif c == "<" and depth > 0:
                m = _ENTITY_DECL.match(src, i)
                if m:
                    self.entities.setdefault(m.group(1), m.group(2)[1:-1])
                    i = m.end()
                    continue
                if src.startswith("<!--", i):
                    i = self.comment(i, report=False)
                    continue
            elif c == ">" and depth <= 0:
                return i + 1
            i += 1
        self.fail(UNCLOSED_TOKEN, pos)

    def comment(self, pos, report=True):
        src = self.src
        end = src.find("--", pos + 4)
        if end < 0:
            self.fail(UNCLOSED_TOKEN, pos)
        if src[end + 2:end + 3] != ">":
            if end + 2 >= len(src):
                self.fail(UNCLOSED_TOKEN, pos)
            self.fail(INVALID_TOKEN, end + 2)
        text = src[pos + 4:end]
        self.check_chars(text, pos + 4)
        if report:
            self.handler.comment(text)
        return end + 3

    def pi(self, pos):
        src = self.src
        m = _NAME.match(src, pos + 2)
        if not m:
            self.fail(INVALID_TOKEN, pos + 2)
        target = m.group()
        end = src.find("?>", m.end())
        if end < 0:
            self.fail(UNCLOSED_TOKEN, pos)
        if target.lower() == "xml":
            self.fail(MISPLACED_XML_PI, pos)
        rest = src[m.end():end]
        if rest and rest[0] not in " \t\n":
            self.fail(INVALID_TOKEN, m.end())
        self.handler.pi(target, rest.lstrip(" \t\n"))
        return end + 2

    def check_chars(self, text, offset):
        for i, c in enumerate(text):
            if not _valid_char(ord(c)):
                self.fail(INVALID_TOKEN, offset + i)

    # -- elements --------------------------------------------------------

    def element(self, pos):
        # The root element and everything inside it, iteratively.
        src = self.src
        n = len(src)
        stack = []
        while True:
            # At a '<' that starts a start tag.
            name, attrs, empty, after = self.start_tag(pos)
            tag, declared = self.open_scope(name, attrs, pos)
            if empty:
                self.close_scope(tag, declared)
                if not stack:
                    return after
            else:
                stack.append((name, tag, declared))
            pos = after
            # Content until the next start tag (or the end of the root).
            while True:
                pos = self.text(pos)
                if pos >= n:
                    self.fail(NO_ELEMENTS, n)
                if src.startswith("</", pos):
                    m = _NAME.match(src, pos + 2)
                    if not m:
                        self.fail(INVALID_TOKEN, pos + 2)
                    close = _SPACE.match(src, m.end()).end()
                    if close >= n:
                        self.fail(UNCLOSED_TOKEN, pos)
                    if src[close] != ">":
                        self.fail(INVALID_TOKEN, close)
                    name, tag, declared = stack.pop()
                    if m.group() != name:
                        self.fail(TAG_MISMATCH, pos + 2)
                    self.close_scope(tag, declared)
                    pos = close + 1
                    if not stack:
                        return pos
                elif src.startswith("<!--", pos):
                    pos = self.comment(pos)
                elif src.startswith("<![CDATA[", pos):
                    end = src.find("]]>", pos + 9)
                    if end < 0:
                        self.fail(UNCLOSED_TOKEN, pos)
                    data = src[pos + 9:end]
                    self.check_chars(data, pos + 9)
                    cdata = getattr(self.handler, "cdata", None)
                    if cdata is not None:
                        cdata(data)  # a handler that keeps CDATA sections (minidom)
                    elif data:
                        self.handler.data(data)
                    pos = end + 3
                elif src.startswith("<?", pos):
                    pos = self.pi(pos)
                else:
                    break

    def start_tag(self, pos):
        # (name, [(attr, value, position)], is empty, index after '>').
        src = self.src
        n = len(src)
        m = _NAME.match(src, pos + 1)
        if not m:
            if pos + 1 >= n:
                self.fail(UNCLOSED_TOKEN, pos)
            self.fail(INVALID_TOKEN, pos + 1)
        name = m.group()
        self.check_qname(name, pos + 1)
        i = m.end()
        attrs = []
        seen = set()
        while True:
            j = _SPACE.match(src, i).end()
            if j >= n:
                self.fail(UNCLOSED_TOKEN, pos)
            if src[j] == ">":
                return name, attrs, False, j + 1
            if src.startswith("/>", j):
                return name, attrs, True, j + 2
            if src[j] == "/":
                self.fail(UNCLOSED_TOKEN if j + 1 >= n else INVALID_TOKEN,
                          pos if j + 1 >= n else j + 1)
            if j == i:
                self.fail(INVALID_TOKEN, j)
            am = _NAME.match(src, j)
            if not am:
                self.fail(INVALID_TOKEN, j)
            self.check_qname(am.group(), j)
            k = _SPACE.match(src, am.end()).end()
            if k >= n:
                self.fail(UNCLOSED_TOKEN, pos)
            if src[k] != "=":
                self.fail(INVALID_TOKEN, k)
            k = _SPACE.match(src, k + 1).end()
            if k >= n:
                self.fail(UNCLOSED_TOKEN, pos)
            quote = src[k]
            if quote not in "\"'":
                self.fail(INVALID_TOKEN, k)
            end = src.find(quote, k + 1)
            if end < 0:
                self.fail(UNCLOSED_TOKEN, pos)
            if am.group() in seen:
                self.fail(DUPLICATE_ATTRIBUTE, j)
            seen.add(am.group())
            value = self.attribute_value(src[k + 1:end], k + 1)
            attrs.append((am.group(), value))
            i = end + 1

    def check_qname(self, name, at):
        # With namespaces, a name holds at most one colon.
        first = name.find(":")
        if first >= 0 and ":" in name[first + 1:]:
            self.fail(INVALID_TOKEN, at + name.index(":", first + 1))

    def attribute_value(self, raw, offset):
        lt = raw.find("<")
        if lt >= 0:
            self.fail(INVALID_TOKEN, offset + lt)
        out = []
        i = 0
        while True:
            amp = raw.find("&", i)
            chunk = raw[i:] if amp < 0 else raw[i:amp]
            self.check_chars(chunk, offset + i)
            out.append(chunk.replace("\t", " ").replace("\n", " "))
            if amp < 0:
                return "".join(out)
            text, i = self.reference(raw, amp, offset, in_attribute=True)
            out.append(text)

    def reference(self, text, amp, offset, in_attribute=False):
        # (replacement, index after ';') of the reference at text[amp]
        # (text starts at src[offset]); expat's errors for a bad one.
        i = amp + 1
        if text[i:i + 1] == "#":
            i += 1
            digits = "0123456789"
            base = 10
            if text[i:i + 1] == "x":
                i += 1
                digits += "abcdefABCDEF"
                base = 16
            start = i
            while i < len(text) and text[i] in digits:
                i += 1
            self._reference_end(text, i, amp, offset, i == start)
            point = int(text[start:i], base)
            if not _valid_char(point):
                self.fail(BAD_CHAR_REF, offset + amp)
            return chr(point), i + 1
        m = _NAME.match(text, i)
        if m:
            i = m.end()
        self._reference_end(text, i, amp, offset, m is None)
        name = text[amp + 1:i]
        if ":" in name:  # entity names have no colons under namespaces
            self.fail(INVALID_TOKEN, offset + amp + 1 + name.index(":"))
        if name in _PREDEFINED:
            return _PREDEFINED[name], i + 1
        if name in self.entities:
            return self.expand(name), i + 1
        self.fail(UNDEFINED_ENTITY, offset + amp)

    def _reference_end(self, text, i, amp, offset, empty):
        # A reference must end with ';' right after its name or digits.
        if offset + i >= len(self.src):
            self.fail(UNCLOSED_TOKEN, offset + amp)
        if empty or i >= len(text) or text[i] != ";":
            self.fail(INVALID_TOKEN, offset + i)

    def expand(self, name, depth=0):
        # An internal entity's replacement text, its references resolved.
        value = self.entities[name]
        out = []
        i = 0
        while True:
            amp = value.find("&", i)
            if amp < 0:
                out.append(value[i:])
                return "".join(out)
            out.append(value[i:amp])
            semi = value.find(";", amp)
            ref = value[amp + 1:semi] if semi > 0 else ""
            if ref in self.entities and ref != name and depth < 20:
                out.append(self.expand(ref, depth + 1))
            elif ref in _PREDEFINED:
                out.append(_PREDEFINED[ref])
            elif ref.startswith("#x") or ref.startswith("#"):
                digits = ref[2:] if ref.startswith("#x") else ref[1:]
                out.append(chr(int(digits, 16 if ref.startswith("#x") else 10)))
            else:
                out.append(value[amp:semi + 1])
            i = semi + 1

    def text(self, pos):
        # Character data up to the next '<'; returns its index.
        src = self.src
        lt = src.find("<", pos)
        end = len(src) if lt < 0 else lt
        chunk = src[pos:end]
        bad = chunk.find("]]>")
        if bad >= 0:
            self.fail(INVALID_TOKEN, pos + bad + 2)
        if "&" in chunk:
            pieces = []
            i = 0
            while True:
                amp = chunk.find("&", i)
                if amp < 0:
                    pieces.append(chunk[i:])
                    break
                pieces.append(chunk[i:amp])
                text, i = self.reference(chunk, amp, pos)
                pieces.append(text)
            self.check_chars(chunk.replace("&", " "), pos)
            data = "".join(pieces)
        else:
            self.check_chars(chunk, pos)
            data = chunk
        if data:
            self.handler.data(data)
        return end

    # -- namespaces ----------------------------------------------------

    def open_scope(self, name, attrs, pos):
        declared = []
        scope = None
        plain = []
        for key, value in attrs:
            if key == "xmlns" or key.startswith("xmlns:"):
                if scope is None:
                    scope = dict(self.scopes[-1])
                prefix = key[6:]
                scope[prefix] = value
                declared.append(prefix)
                self.handler.start_ns(prefix, value)
            else:
                plain.append((key, value))
        self.scopes.append(scope if scope is not None else self.scopes[-1])
        tag = self.qualify(name, pos, True)
        attrib = {}
        for key, value in plain:
            attrib[self.qualify(key, pos, False)] = value
        self.handler.start(tag, attrib)
        return tag, declared

    def close_scope(self, tag, declared):
        self.handler.end(tag)
        self.scopes.pop()
        for prefix in reversed(declared):
            self.handler.end_ns(prefix)

    def qualify(self, name, pos, is_tag):
        scope = self.scopes[-1]
        if ":" in name:
            prefix, local = name.split(":", 1)
            if prefix not in scope or (prefix != "xml" and not scope[prefix]):
                self.fail(UNBOUND_PREFIX, pos)
            return "{%s}%s" % (scope[prefix], local)
        if is_tag and scope.get(""):
            return "{%s}%s" % (scope[""], name)
        return name
