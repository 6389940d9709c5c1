"""What html.parser's HTMLParser shares with CPython's _markupbase:
line/offset tracking (getpos/updatepos), comments, marked sections
(<![CDATA[...]]>, <![if ...]>) and declaration names."""

import re

_declname = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_commentclose = re.compile(r'--\s*>')
_markedsectionclose = re.compile(r']\s*]\s*>')
_msmarkedsectionclose = re.compile(r']\s*>')

_SGML_SECTIONS = {'temp', 'cdata', 'ignore', 'include', 'rcdata'}
_MS_SECTIONS = {'if', 'else', 'endif'}


class MarkupPosition:
    """The parser's position in its input: `lineno` (from 1) and `offset`
    (from 0) of the next unparsed character of `rawdata`."""

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # Move the position from rawdata[i] to rawdata[j]; returns j.
        if i >= j:
            return j
        rawdata = self.rawdata
        newlines = rawdata.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def parse_comment(self, i, report=1):
        """`<!--...-->` at i: report its text, return the index after it
        (-1 when it is not complete yet)."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        match = _commentclose.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start(0)])
        return match.end(0)

    def parse_marked_section(self, i, report=1):
        """`<![name ...]]>` (or `<![if ...]>`) at i, reported through
        unknown_decl."""
        rawdata = self.rawdata
        assert rawdata[i:i + 3] == '<![', "unexpected call to parse_marked_section()"
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in _SGML_SECTIONS:
            match = _markedsectionclose.search(rawdata, i + 3)
        elif name in _MS_SECTIONS:
            match = _msmarkedsectionclose.search(rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % rawdata[i + 3:j])
        if not match:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:match.start(0)])
        return match.end(0)

    def _scan_name(self, i, declstartpos):
        # (lower-cased name, index after it and its spaces), or (None, -1)
        # when the input ends first.
        rawdata = self.rawdata
        if i == len(rawdata):
            return None, -1
        m = _declname.match(rawdata, i)
        if not m:
            self.updatepos(declstartpos, i)
            raise AssertionError("expected name token at %r"
                                 % rawdata[declstartpos:declstartpos + 20])
        if i + len(m.group()) == len(rawdata):
            return None, -1
        return m.group().strip().lower(), m.end()

    def unknown_decl(self, data):
        pass
