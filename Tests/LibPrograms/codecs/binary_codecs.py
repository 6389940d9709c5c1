# The codecs that are not text encodings: rot_13 (str to str) and the
# bytes-to-bytes hex, base64 and zlib codecs, through the codecs module.
import codecs

print(codecs.encode('Hello, World!', 'rot13'))
print(codecs.decode('Uryyb, Jbeyq!', 'rot_13'))
print(codecs.encode('Why did the chicken cross the road?', 'rot-13'))
print(codecs.encode(b'hello', 'hex'), codecs.decode(b'68656c6c6f', 'hex_codec'))
print(codecs.encode(b'hello world', 'base64'), codecs.decode(b'aGVsbG8gd29ybGQ=\n', 'base64'))
packed = codecs.encode(b'spam ' * 20, 'zlib')
print(len(packed) < 100, codecs.decode(packed, 'zip'))

for name in ('rot13', 'hex', 'base64', 'base_64', 'zlib', 'zip'):
    info = codecs.lookup(name)
    print(name, '->', info.name, info._is_text_encoding)

print(codecs.getencoder('rot13')('abc'))
enc = codecs.getincrementalencoder('rot13')()
print(enc.encode('Incremental'), enc.encode(' rot', final=True))

# str.encode and bytes.decode refuse them.
for call in (lambda: 'abc'.encode('rot13'), lambda: b'abc'.decode('hex'),
             lambda: 'abc'.encode('base64')):
    try:
        call()
    except LookupError as e:
        print('LookupError:', e)
try:
    codecs.decode(b'zz', 'hex')
except Exception as e:
    print(type(e).__name__, e)
try:
    codecs.encode(b'abc', 'rot13')
except TypeError as e:
    print('TypeError:', e)
