# base64: b64 (altchars, validate, urlsafe, standard), b32/b32hex, b16,
# b85/a85, encodebytes/decodebytes, and CPython's errors.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], b"\xfb\xff\xfe"]
for s in samples[:8]:
    print(s[:10], base64.b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.b85encode(s))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"), base64.urlsafe_b64encode(b"\xfb\xff\xfe"))
print(base64.b64decode("-_-_", altchars="-_"), base64.urlsafe_b64decode("-_-_"), base64.urlsafe_b64decode(b"+/+/"))
print(base64.standard_b64encode(b"data"), base64.standard_b64decode(b"ZGF0YQ=="))
print(base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode("Zm9vYg=="), base64.b64decode(bytearray(b"Zm8=")))
print(base64.b64decode(b"Zm9vYg==junk"), base64.b64decode(b"Zm9vY!!!g=="), base64.b64decode(memoryview(b"YQ==")))
print(base64.b32hexencode(b"foobar"), base64.b32decode(b"mzxw6===", casefold=True))
print(base64.b32decode(b"MZXW6YQ=", map01=b"L"), base64.b32decode(b"0O000000", map01=b"I"))
print(base64.b16decode(b"666f6f", casefold=True), base64.b16decode("464F4F"))
print(base64.a85encode(b"Hello, World! \0\0\0\0    ", foldspaces=True), base64.a85encode(b"xyz", adobe=True))
print(base64.a85encode(b"long text for wrapping " * 2, wrapcol=20, adobe=True))
print(base64.a85decode(b"<~87cURD]i,\"Ebo80~>", adobe=True), base64.a85decode(b"z y", foldspaces=True))
print(base64.b85encode(b"abc", pad=True), base64.a85encode(b"abc", pad=True))
text = bytes(range(100))
eb = base64.encodebytes(text)
print(eb)
print(base64.decodebytes(eb) == text, base64.encodebytes(b""))

# A token round trip, as web code does it.
import json
payload = json.dumps({"user": "alice", "roles": ["admin"]}).encode()
token = base64.urlsafe_b64encode(payload).rstrip(b"=").decode()
print(token)
padded = token + "=" * (-len(token) % 4)
print(json.loads(base64.urlsafe_b64decode(padded)))

def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: base64.b64decode(b"Zm9vY"))
attempt(lambda: base64.b64decode(b"Zm9vYg"))
attempt(lambda: base64.b64decode(b"Zm9v!YmFy", validate=True))
attempt(lambda: base64.b64decode(b"Zm9vYg==Zm8=", validate=True))
attempt(lambda: base64.b64decode(b"=Zm9v", validate=True))
attempt(lambda: base64.b64decode(b"Zm9vYg=a=", validate=True))
attempt(lambda: base64.b64decode(b"Zm9vYg==", validate=True))
attempt(lambda: base64.b64decode("caf\u00e9"))
attempt(lambda: base64.b64decode(12))
attempt(lambda: base64.b64encode("text"))
attempt(lambda: base64.b32decode(b"MZXW6"))
attempt(lambda: base64.b32decode(b"MZXW6YQ1"))
attempt(lambda: base64.b32decode(b"MZ======"))
attempt(lambda: base64.b32decode(b"MZXW====="))
attempt(lambda: base64.b16decode(b"666f6f"))
attempt(lambda: base64.b16decode(b"666"))
attempt(lambda: base64.b85decode(b"ab\x00cd"))
attempt(lambda: base64.b85decode(b"|||||"))
attempt(lambda: base64.a85decode(b"abzcd"))
attempt(lambda: base64.a85decode(b"ab~cd"))
attempt(lambda: base64.a85decode(b"xyz", adobe=True))
attempt(lambda: base64.a85decode(b"uuuuu"))
attempt(lambda: base64.encodebytes("text"))
