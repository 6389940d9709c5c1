from email.message import Message, EmailMessage
from email import policy
import email
m = Message()
m['To'] = ', '.join('person%d@example.com' % i for i in range(8))
m['Subject'] = 'A fairly long subject line that goes on and on and on past the seventy eight limit'
m['X-Params'] = 'text/plain; charset="utf-8"; format=flowed; delsp=yes; name="a very long file name.txt"'
print(m.as_string(maxheaderlen=78))
print(m.as_string())
e = EmailMessage()
e['To'] = ', '.join('Person %d <person%d@example.com>' % (i, i) for i in range(5))
e['Subject'] = 'Ünïcode subject with plenty of words to force a fold somewhere in here ok'
print(e.as_string())
p = email.message_from_string('Subject: x\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\ncaf=C3=A9 =\nsoft\n')
print(p.get_payload(decode=True))
q = EmailMessage(); q.set_content('x' * 100 + '\n' + 'é' * 5 + '\n'); print(q.as_string())
b = EmailMessage(); b.set_content(b'\x89PNG data', maintype='image', subtype='png', filename='a.png'); print(b.as_string()); print(b.get_content())
m['X-A'] = 'k=v; ' + ' '.join(['word'] * 30)
m['X-B'] = 'x' * 100 + ' tail'
m['X-C'] = 'one, two, three, ' + 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi'
print(m.as_string(maxheaderlen=78))
e = EmailMessage()
e['Subject'] = 'k=v; ' + ' '.join(['word'] * 30)
e['Cc'] = ', '.join('"Last%d, First" <p%d@example.org>' % (i, i) for i in range(4))
e['Content-Disposition'] = 'attachment; filename="a_really_long_file_name_for_testing_folding_behaviour.txt"; size=123'
print(e.as_string())

e3 = EmailMessage()
e3['Content-Type'] = 'TEXT/Plain;  Charset=UTF-8 ; format="flowed"; x'
print(repr(str(e3['Content-Type'])), dict(e3['Content-Type'].params), e3.get_content_type())
