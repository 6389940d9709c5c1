import datetime
import re
from email import utils

for a in ['John Doe <john@example.com>', 'john@example.com (John)', '"Doe, John" <j@x.org>',
          'bad', '', 'a@b, c@d', '<only@angle.org>', 'Mary  Smith <mary@x.test>',
          '"quoted \\"name\\"" <q@x.org>', 'group: a@b, c@d;', 'x@y (comment) ']:
    print(repr(a), utils.parseaddr(a))
print(utils.getaddresses(['A <a@x>, b@y', 'C <c@z>', 'Undisclosed: ;']))
for pair in [('John Doe', 'j@x.org'), ('Doe, John', 'j@x.org'), (None, 'j@x.org'), ('', 'j@x.org'),
             ('Jöhn', 'j@x.org'), ('Say "hi"', 'h@x.org'), ('Ünïcode Nàme', 'u@x.org')]:
    print(utils.formataddr(pair))
print(utils.formataddr(('Jöhn', 'j@x.org'), charset='iso-8859-1'))

print(utils.formatdate(0), utils.formatdate(0, usegmt=True), utils.formatdate(0, localtime=True))
print(utils.formatdate(1700000000.5))
print(utils.formatdate())  # the playground's virtual clock
dt = datetime.datetime(2024, 2, 29, 13, 5, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
print(utils.format_datetime(dt), utils.format_datetime(dt.replace(tzinfo=None)))
print(utils.format_datetime(dt.astimezone(datetime.timezone.utc), usegmt=True))
try:
    utils.format_datetime(dt, usegmt=True)
except ValueError as e:
    print('ValueError', e)

for d in ['Mon, 20 Nov 1995 19:12:08 -0500', '20 Nov 1995 19:12:08 GMT', 'Tue, 1 Jul 2003 10:52:37 +0200',
          'Fri, 09 Nov 01 01:08:47 -0000', 'Thu, 01 Jan 1970 00:00:00 EST', '1 Jan 99 23:59 PST',
          'Wed, 02 Oct 2002 08:00:00 +0530']:
    print(d, '|', utils.parsedate(d), utils.parsedate_tz(d), utils.parsedate_to_datetime(d))
print(utils.parsedate('not a date'), utils.parsedate_tz(''))
try:
    utils.parsedate_to_datetime('garbage')
except ValueError as e:
    print('ValueError', e)
t = utils.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500')
print(utils.mktime_tz(t))

msgid = utils.make_msgid()
print(bool(re.fullmatch(r'<\d+\.\d+\.\d+@[^>]+>', msgid)))
print(bool(re.fullmatch(r'<\d+\.\d+\.\d+\.tag@example\.org>', utils.make_msgid('tag', domain='example.org'))))
print(utils.quote('a "b" \\c'), utils.unquote('"a \\"b\\""'), utils.unquote('<x@y>'), utils.unquote('plain'))
print(utils.encode_rfc2231('naïve file.txt', 'utf-8'), utils.encode_rfc2231('a b'), utils.encode_rfc2231('x', 'us-ascii', 'en'))
print(utils.decode_rfc2231("utf-8''na%C3%AFve"), utils.decode_rfc2231('plain'))
print(utils.collapse_rfc2231_value(('utf-8', '', 'na\xc3\xafve')), utils.collapse_rfc2231_value('"quoted"'))
print(utils.localtime().tzinfo is not None)
