# codecs: encode/decode, lookup and CodecInfo, getencoder/getdecoder,
# incremental codecs, BOM constants, iterencode/iterdecode, error handlers.
import codecs

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16_LE, codecs.BOM_LE, codecs.BOM_BE)
print(codecs.encode("h\u00e9llo"), codecs.encode("h\u00e9llo", "latin-1"), codecs.decode(b"h\xc3\xa9llo"))
print(codecs.decode(b"h\xe9llo", "latin1"), codecs.encode("abc", "ascii"), codecs.decode(bytearray(b"xyz"), "ascii"))
print(codecs.encode("h\u00e9", "ascii", "replace"), codecs.encode("h\u00e9", "ascii", "ignore"),
      codecs.decode(b"h\xff", "utf-8", "replace"), codecs.encode("h\u00e9", "ascii", "backslashreplace"))
print(codecs.encode("hi", "utf-16-le"), codecs.encode("hi", "utf-16-be"), codecs.decode(b"h\x00i\x00", "utf_16_le"))
print(codecs.encode("hi", "utf-8-sig"), codecs.decode(b"\xef\xbb\xbfhi", "utf-8-sig"), codecs.decode(b"hi", "utf-8-sig"))
print(codecs.encode("hi", "utf-16"), codecs.decode(b"\xff\xfeh\x00i\x00", "utf-16"), codecs.decode(b"\xfe\xff\x00h\x00i", "utf-16"))

for name in ["utf-8", "UTF8", "utf_8", "U8", "latin-1", "Latin1", "iso-8859-1", "ascii", "US-ASCII", "utf-16-le",
             "UTF-16BE", "utf-8-sig", "utf-16"]:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info))
print(codecs.lookup("utf-8") is codecs.lookup("utf-8"))

enc = codecs.getencoder("utf-8")
dec = codecs.getdecoder("latin-1")
print(enc("\u20ac100"), dec(b"\xa3\xa5"))

d = codecs.getincrementaldecoder("utf-8")()
pieces = [b"\xe2", b"\x82", b"\xac", b"a\xf0\x9f", b"\x98\x80", b"!"]
print([d.decode(p) for p in pieces], repr(d.decode(b"", final=True)))
e = codecs.getincrementalencoder("utf-8")()
print(e.encode("ab"), e.encode("\u00e9", final=True))
print(list(codecs.iterdecode([b"\xc3", b"\xa9t\xc3", b"\xa9"], "utf-8")))
print(list(codecs.iterencode(["a", "\u00e9"], "latin-1")))
print(codecs.lookup_error("strict") is codecs.strict_errors, codecs.lookup_error("replace") is codecs.replace_errors)

def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: codecs.lookup("no-such-codec"))
attempt(lambda: codecs.encode("x", "rot-13-not"))
attempt(lambda: codecs.encode("\u00e9", "ascii"))
attempt(lambda: codecs.decode(b"\xff", "utf-8"))
attempt(lambda: codecs.decode(b"\xff", "ascii"))
attempt(lambda: codecs.encode(b"bytes"))
attempt(lambda: codecs.decode("text"))
attempt(lambda: codecs.lookup_error("nope"))
attempt(lambda: codecs.getincrementaldecoder("utf-8")().decode(b"\xe2\x82", final=True))
