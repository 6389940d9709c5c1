# Text encodings beyond UTF-8: utf-8-sig (BOM handling), cp1252 (Windows
# text), and the bytes-to-bytes codecs str.encode/bytes.decode refuse.
raw = b'\xef\xbb\xbfname,price\r\ncaf\xc3\xa9,3\r\n'
print(raw.decode('utf-8-sig').splitlines(), raw.decode('utf-8')[:3] == '\ufeffna', 'x'.encode('utf-8-sig'))
print(b'plain'.decode('utf_8_sig'), b'\x93smart quotes\x94 \x80 5 \x96 \x85'.decode('cp1252'))
print('“quoted” – €5…'.encode('windows-1252'), 'é'.encode('cp1252'), bytes(range(0x80, 0xA0)).decode('cp1252', 'replace'))
for call in [lambda: b'\x81'.decode('cp1252'), lambda: 'Ā'.encode('cp1252'), lambda: 'aĀb'.encode('cp1252', 'replace'),
             lambda: 'aĀb'.encode('cp1252', 'xmlcharrefreplace'), lambda: b'a\x8db'.decode('cp1252', 'ignore')]:
    try:
        print(repr(call()))
    except UnicodeError as e:
        print(type(e).__name__, e)
for name in ['hex', 'base64', 'rot13', 'ROT_13', 'zlib', 'uu', 'no-such-codec']:
    for call in [lambda: 'x'.encode(name), lambda: b'x'.decode(name), lambda: str(b'x', name)]:
        try:
            call()
        except LookupError as e:
            print(e)
