from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
a = MIMEApplication(b'\x00\x01\x02 binary data here', Name='data.bin')
a.add_header('Content-Disposition', 'attachment', filename='data.bin')
print(a.as_string())
print(a.get_payload(decode=True))
img = MIMEImage(b'\x89PNG\r\n\x1a\n' + bytes(range(40)))
print(img.as_string())
try:
    MIMEImage(b'not an image')
except TypeError as e:
    print('TypeError', e)
inner = MIMEText('inner text\n')
inner['Subject'] = 'forwarded'
fwd = MIMEMessage(inner)
outer = MIMEMultipart(boundary='OUT')
outer.attach(MIMEText('see below\n'))
outer.attach(fwd)
outer.attach(a)
print(outer.as_string())
print([p.get_content_type() for p in outer.walk()])
