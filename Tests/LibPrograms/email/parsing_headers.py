import email
import io
from email import policy
from email.parser import Parser, HeaderParser, BytesParser
from email.header import Header, decode_header, make_header
from email.iterators import _structure, typed_subpart_iterator, body_line_iterator

raw = """\
From: Alice <alice@example.com>
To: bob@example.com,
 carol@example.com
Subject: =?utf-8?q?Caf=C3=A9?= menu
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="==outer=="

This is the preamble.
--==outer==
Content-Type: text/plain; charset="us-ascii"

First part
line two
--==outer==
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="note.txt"

R3LDvMOfZSBhdXMgS8O2bG4K
--==outer==
Content-Type: message/rfc822

Subject: inner
From: x@y

inner body
--==outer==--
epilogue text
"""

msg = email.message_from_string(raw)
print(type(msg).__name__, msg.is_multipart(), msg['subject'], repr(msg['to']))
print(msg.preamble, '|', repr(msg.epilogue))
_structure(msg)
parts = msg.get_payload()
print(len(parts), [p.get_content_type() for p in parts])
print(repr(parts[0].get_payload()))
print(parts[1].get_payload(decode=True).decode('utf-8'), parts[1].get_filename(), parts[1].get_content_disposition())
inner = parts[2].get_payload(0)
print(inner['subject'], repr(inner.get_payload()))
print([p.get_content_type() for p in typed_subpart_iterator(msg, 'text')])
print(list(body_line_iterator(msg))[:3])
print(msg.as_string() == raw)
print(msg.get_charsets())

new = email.message_from_string(raw, policy=policy.default)
print(type(new).__name__, new['subject'], new['to'].addresses)
body = new.get_body(('plain',))
print(repr(body.get_content()))
print([a.get_filename() for a in new.iter_attachments()])
print(new.get_payload(1).get_content())

hdrs = HeaderParser().parsestr('Subject: only headers\nX-A: 1\n\nbody is not parsed\n')
print(hdrs['subject'], repr(hdrs.get_payload()))
b = BytesParser().parsebytes(b'Subject: bytes\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\ngr\xc3\xbc\xc3\x9fe\n')
print(b['subject'], b.get_payload(decode=True), repr(b.get_payload()))
bd = BytesParser(policy=policy.default).parsebytes(b'Subject: bytes\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\ngr\xc3\xbc\xc3\x9fe\n')
print(repr(bd.get_content()))
f = Parser().parse(io.StringIO('Subject: from a file\n\nbody\n'))
print(f['Subject'], repr(f.get_payload()))

bad = email.message_from_string('Subject: ok\nthis line has no colon\n\nbody\n')
print([type(d).__name__ for d in bad.defects], repr(bad.get_payload()))
nob = email.message_from_string('Content-Type: multipart/mixed\n\nno boundary\n')
print([type(d).__name__ for d in nob.defects], nob.is_multipart())
folded = email.message_from_string('Subject: a long\n  folded\theader\nX-Other: v\n\n')
print(repr(folded['subject']), folded.keys())

for h in ['=?utf-8?q?H=C3=A9llo?= world', '=?iso-8859-1?b?SGVsbG8gd29ybGQ=?=', 'plain text',
          '=?utf-8?q?a?= =?utf-8?q?b?=', '=?UTF-8?Q?ol=C3=A1_mundo?=', 'x =?utf-8?b?w6k=?= y']:
    d = decode_header(h)
    print(repr(h), d, str(make_header(d)))
h = Header('Héllo', 'utf-8')
print(str(h), h.encode(), Header('plain ascii').encode(), Header('grüße', 'iso-8859-1').encode())
h2 = Header('start ')
h2.append('mitte', 'utf-8')
h2.append(' end')
print(repr(str(h2)), h2 == str(h2))
print(decode_header(Header('Ünï', 'utf-8')))
