# unicode_escape and raw_unicode_escape: str.encode, bytes.decode and the
# codecs module, with the decoder's errors.
import codecs

text = "tab\there\\back'q\"é€😀\x00\x7f\r\n"
print(text.encode('unicode_escape'))
print(text.encode('raw_unicode_escape'))
print(text.encode('unicode-escape').decode('unicode-escape') == text)
print(text.encode('raw_unicode_escape').decode('raw_unicode_escape') == text)

# Escapes in bytes: simple, octal, hex, \u, \U, \N{...}, line continuation,
# and unknown escapes kept as they are.
print(b'a\\tb\\x41\\u20ac\\U0001F600\\N{BULLET}\\N{greek small letter alpha}\\101\\7\\\n!\\q'
      .decode('unicode_escape'))
print(repr(r'C:\new\text\x'[:-2].encode().decode('unicode_escape')))
print(repr(b'\\a\\b\\f\\v\\\'\\"\\\\'.decode('unicode_escape')))

# The usual idiom: interpret the escapes of a str.
raw = r'line one\nline two\t(tabbed) \u00e9'
print(raw.encode('latin-1').decode('unicode_escape'))
print(codecs.decode(raw, 'unicode_escape'))
print(codecs.encode('é\n', 'unicode_escape'), codecs.encode('é\n', 'raw_unicode_escape'))

# raw_unicode_escape only reads \u and \U after an odd run of backslashes.
print(b'\\u20ac \\x41 \\\\u20ac \\'.decode('raw_unicode_escape'))

for bad in (b'\\x4', b'\\x4g', b'abc\\', b'\\u12', b'\\U00110000', b'\\N{NO SUCH NAME}', b'\\Nx', b'\\N{}'):
    try:
        bad.decode('unicode_escape')
    except UnicodeDecodeError as e:
        print(e.encoding, e.start, e.end, e.reason, '|', e)
for errors in ('replace', 'ignore', 'backslashreplace'):
    print(errors, repr(b'x\\x4y\\N{NOPE}z'.decode('unicode_escape', errors)))
try:
    b'\\u12'.decode('raw_unicode_escape')
except UnicodeDecodeError as e:
    print(e)

info = codecs.lookup('unicode_escape')
print(info.name, codecs.lookup('RAW_UNICODE_ESCAPE').name)
print(codecs.getencoder('unicode_escape')('ü'), codecs.getdecoder('unicode_escape')(b'\\xfc'))
