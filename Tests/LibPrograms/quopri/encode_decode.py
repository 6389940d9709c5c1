import io
import quopri

SAMPLES = [
    b'hello world',
    b'caf\xc3\xa9 cr\xc3\xa8me br\xc3\xbbl\xc3\xa9e',
    b'equals = sign and tab\there',
    b'trailing space \nand tab\t\nend',
    b'.\nlone dot line\n.',
    b'x' * 100,
    b'a' * 74 + b'==' + b'b' * 10,
    b'windows\r\nline\r\nendings \r\n',
    b'under_score and spaces',
    b'\x00\x01\x7f\x80\xff',
    b'',
]
for data in SAMPLES:
    for quotetabs in (False, True):
        for header in (False, True):
            enc = quopri.encodestring(data, quotetabs=quotetabs, header=header)
            back = quopri.decodestring(enc, header=header)
            print(quotetabs, header, enc, back == data)

for text in [b'caf=C3=A9', b'soft=\nbreak', b'soft=\r\nbreak', b'bad=ZZ escape', b'end=',
             b'lower=e9', b'a_b_c', b'double==escape', b'=4', b'trailing   \n']:
    print(text, quopri.decodestring(text), quopri.decodestring(text, header=True))

src = io.BytesIO(b'From: Andr\xc3\xa9\nSubject: r\xc3\xa9sum\xc3\xa9 =\n')
out = io.BytesIO()
quopri.encode(src, out, quotetabs=False)
print(out.getvalue())
back = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue())
print(quopri.needsquoting(b'=', False, False), quopri.needsquoting(b' ', True, False),
      quopri.needsquoting(b'_', False, True), quopri.quote(b'\xab'), quopri.ishex(b'f'), quopri.unhex(b'7F'))
