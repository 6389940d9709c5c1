"""A parser for HTML and XHTML, as CPython 3.11's html.parser: feed()
text in any pieces; the handle_* methods (overridden in a subclass) see
start and end tags, data, comments, declarations, processing
instructions and, with convert_charrefs=False, character and entity
references. Tokenization follows CPython's rules, tolerant of bad markup;
the position and comment handling is in _html_tokenizer."""

import re

from _html_tokenizer import MarkupPosition
from html import unescape

__all__ = ['HTMLParser']

interesting_normal = re.compile('[&<]')
incomplete = re.compile('&[a-zA-Z#]')
entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
starttagopen = re.compile('<[a-zA-Z]')
piclose = re.compile('>')
commentclose = re.compile(r'--\s*>')
# A tag name, then the spaces (or lone slashes) before the attributes.
tagfind_tolerant = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
# One attribute: name, optional `= value` (quoted or bare), separators.
attrfind_tolerant = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
# The whole start tag up to (not including) its closing '>' or '/>'.
locatestarttagend_tolerant = re.compile(
    r'<[a-zA-Z][^\t\n\r\f />\x00]*'
    r'(?:[\s/]*'
    r'(?:(?<=[\'"\s/])[^\s/>][^\s/=>]*'
    r'(?:\s*=+\s*(?:\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*)\s*)?'
    r'(?:\s|/(?!>))*'
    r')*'
    r')?'
    r'\s*')
endendtag = re.compile('>')
endtagfind = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_reference_end = re.compile(r'[\s;]')
_TAG_CONTINUES = 'abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ'


class HTMLParser(MarkupPosition):
    """Find tags and other markup and call handler functions.

    Start tags go to handle_starttag(tag, attrs) (names lower-cased,
    attribute values unescaped), end tags to handle_endtag(tag), text to
    handle_data(data) (with references converted unless
    convert_charrefs=False), and so on. Script and style contents are
    passed on as data, unparsed."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance. Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = interesting_normal
        self.cdata_elem = None
        MarkupPosition.reset(self)

    def feed(self, data):
        """Feed data to the parser (any amount: unfinished markup waits
        for the next call)."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    _starttag_text = None

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = interesting_normal
        self.cdata_elem = None

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(text))
        else:
            self.handle_data(text)

    def goahead(self, end):
        # Handle as much of rawdata as is complete (all of it at the end).
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = rawdata.find('<', i)
                if j < 0:
                    # A trailing '&...' may be a reference still arriving.
                    amp = rawdata.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _reference_end.search(rawdata, amp):
                        break
                    j = n
            else:
                match = self.interesting.search(rawdata, i)
                if match:
                    j = match.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                self._text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                k = self._markup(i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                match = charref.match(rawdata, i)
                if match:
                    self.handle_charref(match.group()[2:-1])
                    k = match.end()
                    if not rawdata.startswith(';', k - 1):
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:]:  # a bogus '&#': pass it on
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith('&', i):
                match = entityref.match(rawdata, i)
                if match:
                    self.handle_entityref(match.group(1))
                    k = match.end()
                    if not rawdata.startswith(';', k - 1):
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                match = incomplete.match(rawdata, i)
                if match:
                    if end and match.group() == rawdata[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _markup(self, i, n):
        # The index after the markup at rawdata[i] ('<'), -1 when it is
        # incomplete, None when a lone '<' ends the input.
        rawdata = self.rawdata
        if starttagopen.match(rawdata, i):
            return self.parse_starttag(i)
        if rawdata.startswith("</", i):
            return self.parse_endtag(i)
        if rawdata.startswith("<!--", i):
            return self.parse_comment(i)
        if rawdata.startswith("<?", i):
            return self.parse_pi(i)
        if rawdata.startswith("<!", i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data("<")
            return i + 1
        return None

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '<!', ('unexpected call to '
                                          'parse_html_declaration()')
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gtpos = rawdata.find('>', i + 9)
            if gtpos == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        rawdata = self.rawdata
        assert rawdata[i:i + 2] in ('<!', '</'), ('unexpected call to '
                                                  'parse_comment()')
        pos = rawdata.find('>', i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '<?', 'unexpected call to parse_pi()'
        match = piclose.search(rawdata, i + 2)
        if not match:
            return -1
        self.handle_pi(rawdata[i + 2:match.start()])
        return match.end()

    def parse_starttag(self, i):
        self._starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self._starttag_text = rawdata[i:endpos]
        match = tagfind_tolerant.match(rawdata, i + 1)
        assert match, 'unexpected call to parse_starttag()'
        k = match.end()
        self.lasttag = tag = match.group(1).lower()
        attrs = []
        while k < endpos:
            m = attrfind_tolerant.match(rawdata, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == '\'' == value[-1:] or \
                    value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        closing = rawdata[k:endpos].strip()
        if closing not in (">", "/>"):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if closing.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        # The index after a complete start tag at i, or -1.
        rawdata = self.rawdata
        m = locatestarttagend_tolerant.match(rawdata, i)
        if not m:
            raise AssertionError("we should not get here!")
        j = m.end()
        following = rawdata[j:j + 1]
        if following == ">":
            return j + 1
        if following == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            if rawdata.startswith("/", j):
                return -1
            return j if j > i else i + 1
        if following == "":
            return -1
        if following in _TAG_CONTINUES:
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == "</", "unexpected call to parse_endtag"
        match = endendtag.search(rawdata, i + 1)
        if not match:
            return -1
        gtpos = match.end()
        match = endtagfind.match(rawdata, i)
        if not match:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            namematch = tagfind_tolerant.match(rawdata, i + 2)
            if not namematch:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            tagname = namematch.group(1).lower()
            gtpos = rawdata.find('>', namematch.end())
            self.handle_endtag(tagname)
            return gtpos + 1
        elem = match.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # Overridable handlers.

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
