# UnicodeDecodeError/UnicodeEncodeError carry encoding, object, start, end, reason
for data, codec in [(b"\xff", "utf-8"), (b"ab\xc3", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\x80abc", "ascii")]:
    try:
        data.decode(codec)
    except UnicodeDecodeError as e:
        print(e, "|", e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError), len(e.args))
for text, codec in [("é", "ascii"), ("a€b", "latin-1"), ("€€", "ascii"), ("😀", "ascii")]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print(e, "|", e.encoding, e.object, e.start, e.end, e.reason)
print(b"\xffx".decode("utf-8", "replace"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
