# json.loads error messages for control characters (CPython's C scanner) and
# bytes input in the encodings JSON allows (BOMs and zero-byte patterns).
import json

for doc in ['"a\nb"', '"tab\there"', '{"k": "x\ry"}', '["ok", "bad\x01"]']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e)
print(json.loads('"a\tb"', strict=False))
for raw in [b'\xef\xbb\xbf{"bom": 1}', '[1, "é"]'.encode('utf-16'), '{"le": 2}'.encode('utf-16-le'),
            '{"be": 3}'.encode('utf-16-be'), '[4]'.encode('utf-32'), b'[5]', bytearray(b'{"ba": 6}')]:
    print(json.loads(raw))
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print(e)
