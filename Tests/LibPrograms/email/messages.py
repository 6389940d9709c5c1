import copy
import email
from email.message import EmailMessage, Message
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email import policy

m = EmailMessage()
m['Subject'] = 'Hello world'
m['From'] = 'Alice <alice@example.com>'
m['To'] = 'bob@example.com, Carol <carol@x.org>'
m['Date'] = 'Mon, 20 Nov 1995 19:12:08 -0500'
m.set_content('Hi Bob,\nHow are you?\n')
print(m.as_string())
print(type(m['To']).__name__, m['To'].addresses)
print(m['To'].addresses[1].display_name, m['To'].addresses[1].username, m['To'].addresses[1].domain)
print(m['Date'].datetime, m['Content-Type'].content_type, dict(m['Content-Type'].params))
print(m.get_content_type(), m.get_content_maintype(), m.get_content_subtype(), m.get_params())
print(m.keys(), len(m), 'subject' in m, 'X-Nope' in m, m.get('X-Nope', 'default'))
print(repr(m.get_content()), m.get_content_charset(), m.is_multipart())
try:
    m['Subject'] = 'again'
except ValueError as e:
    print('ValueError', e)
del m['Subject']
m['Subject'] = 'Replaced'
m.replace_header('From', 'Dave <dave@example.com>')
print(m.items()[-1], m['From'])
try:
    m.replace_header('X-Missing', 'v')
except KeyError as e:
    print('KeyError', e)

# non-ASCII text: 8bit in bytes, base64 in a str
u = EmailMessage()
u['Subject'] = 'Héllo wörld'
u['From'] = 'Jöhn <j@x.org>'
u.set_content('Ünïcode text\n')
print(u.as_string())
print(bytes(u))
print(repr(u.get_content()), u['Subject'], u['Content-Transfer-Encoding'])

# the classic API
c = Message()
c['Subject'] = 'Héllo world'
c['X-Count'] = '1'
c['X-Count'] = '2'
c.set_payload('plain body\n')
print(c.get_all('x-count'), c.get_all('x-none'), c.get_payload())
print(c.as_string())
c.add_header('Content-Disposition', 'attachment', filename='report.txt')
c.set_param('charset', 'us-ascii')
c.set_param('format', 'flowed')
print(c['Content-Type'], '|', c['Content-Disposition'], '|', c.get_filename(), c.get_param('format'))
c.del_param('format')
print(c['Content-Type'], c.get_content_disposition())
c.set_type('text/html')
print(c['Content-Type'], c['MIME-Version'])

t = MIMEText('hello there\n')
print(t.as_string())
t8 = MIMEText('grüße\n', 'plain', 'utf-8')
print(t8.as_string())
print(t8.get_payload(decode=True).decode('utf-8'), t8.get_content_charset())
q = MIMEText('café au lait\n', _charset='iso-8859-1')
print(q.as_string())
print(q.get_payload(decode=True))

mp = MIMEMultipart('alternative', boundary='XYZ')
mp['Subject'] = 'Multi'
mp.attach(MIMEText('plain part\n'))
mp.attach(MIMEText('<p>html part</p>\n', 'html'))
mp.preamble = 'This is a multi-part message.'
print(mp.as_string())
print([p.get_content_type() for p in mp.walk()], mp.get_boundary(), mp.is_multipart())
try:
    t.attach(t8)
except email.errors.MultipartConversionError as e:
    print('MultipartConversionError', e)

alt = EmailMessage()
alt['Subject'] = 'Alternatives'
alt.set_content('plain version\n')
alt.add_alternative('<b>html version</b>\n', subtype='html')
alt.set_boundary('b1')
print(alt.as_string())
print(alt.get_body(('plain',)).get_content(), alt.get_body().get_content_type())
att = EmailMessage()
att.set_content('see attachment\n')
att.add_attachment(b'\x00\x01binary', maintype='application', subtype='octet-stream', filename='data.bin')
att.set_boundary('b2')
print(att.as_string())
print([p.get_filename() for p in att.iter_attachments()], att.get_body().get_content())
print(list(att.iter_attachments())[0].get_content())
d = copy.deepcopy(att)
print(d.as_string() == att.as_string())
print(policy.default.max_line_length, policy.SMTP.linesep == '\r\n', policy.compat32.mangle_from_, policy.default.mangle_from_)
s = EmailMessage(policy=policy.SMTP)
s['Subject'] = 'crlf'
s.set_content('line\n')
print(repr(s.as_bytes()))
long = EmailMessage()
long['Subject'] = ' '.join(['word%d' % i for i in range(30)])
print(long.as_string())
