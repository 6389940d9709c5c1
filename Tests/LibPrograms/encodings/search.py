import codecs
import encodings
import encodings.aliases
import encodings.utf_8
import encodings.idna

for name in ['utf-8', 'UTF8', 'Latin-1', 'latin_1', 'ISO-8859-1', 'us ascii', '  utf--8  ', 'U.T.F-8', b'ascii', 'utf_8_sig']:
    print(repr(name), '->', repr(encodings.normalize_encoding(name)))

info = encodings.search_function('utf_8')
print(type(info).__name__, info.name, info is codecs.lookup('utf-8'))
print(encodings.search_function('latin_1').name, encodings.search_function('ascii').name)
print(encodings.search_function('UTF-8'))
print(encodings.search_function('no-such-codec'))
print(encodings.aliases.aliases['utf8'], encodings.aliases.aliases['latin1'], encodings.aliases.aliases['646'])
print(len(encodings.aliases.aliases) > 300, 'u8' in encodings.aliases.aliases)
print(codecs.lookup('U8').name, codecs.lookup('iso8859_1').name, codecs.lookup('utf_16_le').name)

print(encodings.utf_8.encode('héllo'), encodings.utf_8.decode(b'h\xc3\xa9llo'))
print(encodings.utf_8.IncrementalEncoder is codecs.lookup('utf-8').incrementalencoder)
dec = encodings.utf_8.IncrementalDecoder()
print(repr(dec.decode(b'h\xc3')), repr(dec.decode(b'\xa9!', final=True)))
print(issubclass(encodings.CodecRegistryError, LookupError), issubclass(encodings.CodecRegistryError, SystemError))

# idna
for host in ['example.com', 'bücher.example', 'münchen.de', 'ÄÖÜ.test', 'xn--bcher-kva.example', 'www.пример.рф']:
    enc = encodings.idna.Codec().encode(host)[0]
    print(host, enc, encodings.idna.Codec().decode(enc)[0])
print(encodings.idna.ToASCII('bücher'), encodings.idna.ToUnicode(b'xn--bcher-kva'), encodings.idna.nameprep('BÜcher'))
print(codecs.lookup('idna').name)
for bad in ['a' * 64 + '.com', 'a..b']:
    try:
        encodings.idna.Codec().encode(bad)
    except UnicodeError as e:
        print('UnicodeError', e)

try:
    codecs.lookup('cp1252-not-here')
except LookupError as e:
    print('LookupError', e)

# the registry normalizes names (lower case, spaces and hyphens as '_')
# before asking the search functions, and caches per normalized name
seen = []


def spy(name):
    seen.append(name)
    return None


codecs.register(spy)
for name in ['My-Enc', 'My Enc', 'my.enc x', 'ANOTHER']:
    try:
        codecs.lookup(name)
    except LookupError as e:
        print('LookupError', e)
codecs.unregister(spy)
print(seen)
print(codecs.lookup('utf-8') is codecs.lookup('utf8'), codecs.lookup('utf-8') is codecs.lookup('UTF_8'),
      codecs.lookup('latin-1') is codecs.lookup('iso8859-1'), codecs.lookup('Latin 1') is codecs.lookup('latin_1'))
print(codecs.lookup('utf8').incrementaldecoder is codecs.lookup('utf-8').incrementaldecoder)
