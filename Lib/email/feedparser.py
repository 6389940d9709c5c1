"""FeedParser: parse a message given in pieces (feed() then close()).

The text is collected and parsed at close(): headers (with continuation
lines; a line that is neither a header nor a continuation ends them, as a
MissingHeaderBodySeparatorDefect), then the body, which for a multipart
with a boundary is split into parts (preamble and epilogue kept), and for
message/rfc822 is parsed as a message."""

__all__ = ['FeedParser', 'BytesFeedParser']

import re

from email import errors
from email._policybase import compat32

NLCRE_crack = re.compile(r'(\r\n|\r|\n)')
headerRE = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')


def _split_lines(text):
    return text.splitlines(keepends=True)


class FeedParser:
    """A feed-style parser of email."""

    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        self._old_style_factory = False
        if _factory is None:
            if policy.message_factory is None:
                from email.message import Message
                self._factory = Message
            else:
                self._factory = policy.message_factory
        else:
            self._factory = _factory
            try:
                _factory(policy=self.policy)
            except TypeError:
                self._old_style_factory = True
        self._chunks = []
        self._headersonly = False

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        """Push more data into the parser."""
        self._chunks.append(data)

    def _new_message(self):
        if self._old_style_factory:
            msg = self._factory()
        else:
            msg = self._factory(policy=self.policy)
        return msg

    def close(self):
        """Parse all data fed and return the root message object."""
        text = ''.join(self._chunks)
        self._chunks = []
        root = self._parse(text, self._headersonly)
        if root.get_content_maintype() == 'multipart' \
                and not root.is_multipart() and not self._headersonly:
            defect = errors.MultipartInvariantViolationDefect()
            self.policy.handle_defect(root, defect)
        return root

    def _parse(self, text, headersonly, default_type=None):
        msg = self._new_message()
        if default_type is not None:
            msg.set_default_type(default_type)
        lines = _split_lines(text)
        i = self._parse_headers(msg, lines)
        body = ''.join(lines[i:])
        if headersonly:
            msg.set_payload(body)
            return msg
        ctype = msg.get_content_type()
        if ctype == 'message/delivery-status':
            parts = []
            for block in re.split(r'(?:\r\n|\r|\n){2}', body):
                if block.strip():
                    parts.append(self._parse(block + '\n', True))
            msg.set_payload(parts)
        elif msg.get_content_maintype() == 'message' and ctype != 'message/external-body' \
                and ctype in ('message/rfc822', 'message/global'):
            msg.set_payload([self._parse(body, False)])
        elif msg.get_content_maintype() == 'multipart':
            self._parse_multipart(msg, body)
        else:
            msg.set_payload(body)
        return msg

    def _parse_headers(self, msg, lines):
        i = 0
        current = []
        if lines and lines[0].startswith('From '):
            msg.set_unixfrom(lines[0].rstrip('\r\n'))
            i = 1
        while i < len(lines):
            line = lines[i]
            if line in ('\n', '\r\n', '\r'):
                i += 1
                break
            if line[0] in ' \t':
                if not current:
                    defect = errors.FirstHeaderLineIsContinuationDefect(line)
                    self.policy.handle_defect(msg, defect)
                    i += 1
                    continue
                current.append(line)
            elif line.startswith('From ') and i > 0:
                defect = errors.MisplacedEnvelopeHeaderDefect(line.rstrip('\r\n'))
                self.policy.handle_defect(msg, defect)
            elif ':' in line and line.index(':') > 0:
                if current:
                    msg.set_raw(*self.policy.header_source_parse(current))
                current = [line]
            else:
                defect = errors.MissingHeaderBodySeparatorDefect()
                self.policy.handle_defect(msg, defect)
                break
            i += 1
        if current:
            msg.set_raw(*self.policy.header_source_parse(current))
        return i

    def _parse_multipart(self, msg, body):
        boundary = msg.get_boundary()
        if boundary is None:
            defect = errors.NoBoundaryInMultipartDefect()
            self.policy.handle_defect(msg, defect)
            msg.set_payload(body)
            return
        cte = str(msg.get('content-transfer-encoding', '8bit')).lower()
        if cte not in ('7bit', '8bit', 'binary'):
            defect = errors.InvalidMultipartContentTransferEncodingDefect()
            self.policy.handle_defect(msg, defect)
        separator = '--' + boundary
        boundaryre = re.compile(
            '(?P<sep>' + re.escape(separator) +
            r')(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$')
        lines = _split_lines(body)
        preamble = []
        parts = []
        current = None
        closed = False
        epilogue_start = None
        for n, line in enumerate(lines):
            mo = boundaryre.match(line)
            if mo:
                if current is None:
                    current = []
                else:
                    parts.append(current)
                    current = []
                if mo.group('end'):
                    closed = True
                    epilogue_start = n + 1
                    current = None
                    break
                continue
            if current is None:
                preamble.append(line)
            else:
                current.append(line)
        if current is not None:
            parts.append(current)
        if not parts and not closed:
            defect = errors.StartBoundaryNotFoundDefect()
            self.policy.handle_defect(msg, defect)
            msg.set_payload(body)
            return
        if not closed:
            defect = errors.CloseBoundaryNotFoundDefect()
            self.policy.handle_defect(msg, defect)

        def strip_last_eol(chunk):
            text = ''.join(chunk)
            if text.endswith('\r\n'):
                return text[:-2]
            if text.endswith('\n') or text.endswith('\r'):
                return text[:-1]
            return text
        if preamble:
            msg.preamble = strip_last_eol(preamble)
        else:
            msg.preamble = None
        default = 'message/rfc822' if msg.get_content_subtype() == 'digest' else None
        payload = []
        for chunk in parts:
            payload.append(self._parse(strip_last_eol(chunk), False, default))
        msg.set_payload(payload)
        if closed:
            msg.epilogue = ''.join(lines[epilogue_start:])
        else:
            msg.epilogue = None


class BytesFeedParser(FeedParser):
    """Like FeedParser, but feed accepts bytes."""

    def feed(self, data):
        super().feed(bytes(data).decode('latin-1'))

    def close(self):
        """Parse the data fed; 8-bit bodies keep their bytes."""
        msg = super().close()
        for part in msg.walk():
            payload = part._payload
            if isinstance(payload, str) and not payload.isascii():
                part._payload_bytes = True
        return msg
