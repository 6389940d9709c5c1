# json.loads through the native scanner: error messages with line/column
# (ASCII and non-ASCII documents), escapes and surrogate pairs, numbers,
# strict mode, hooks, raw_decode, the scanner and scanstring called directly.
import json
from json import decoder, scanner
from decimal import Decimal
from collections import OrderedDict

bad_docs = [
    '', ' ', '[', '[1,]', '[1 2]', '{', '{"a"}', '{"a" 1}', '{"a": 1,}', '{"a": 1 "b": 2}',
    '{1: 2}', "{'a': 1}", '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12G4"', '"\\uZZZZ"',
    '"\\ud800\\u12"', 'nul', 'tru', 'fals', '-', '-x', '01', '1.', '.5', '1e', '[1e+]',
    'NaNa', '[Infinity, -Infinity, -Inf]', '[1]]', '{"a": [1, {"b": }]}', '"a\tb"',
    '"line1\nline2"', '\n\n  [1,\n   2,,\n 3]', '[\u00e9]', '{"caf\u00e9": 1, \u2603}',
    '["\u2603", 1 2]', '"\u00e9\\q"', '\ufeff[1]', '[1] x', '  {"k": "v"}  \n  [',
]
for doc in bad_docs:
    try:
        print(repr(doc), '->', repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), 'JSONDecodeError:', e, '|', e.msg, e.pos, e.lineno, e.colno)

print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u2603\\ud83d\\ude00 \\uD83D\\uDE00"'))
print(ascii(json.loads('"\\u0041\\u00410\\ud83dx"'.replace('\\ud83dx', 'x'))))
print(json.loads('["\u00e9\u2603\U0001f600", "plain", "tab\\there"]'))
print(json.loads('{"a": 1, "a": 2, "b": {"a": 3}}'))
print(json.loads(' \t\n\r[ 1 , 2 ,\n 3 ] \n'))
print(json.loads('[0, -0, 1e5, 1E-5, -2.5e+3, 0.0, 123456789012345678901234567890, -9223372036854775809]'))
print(json.loads('[1e400, -1e400, 1e-400, 18446744073709551616.0]'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('[true, false, null]'), json.loads('"x"'), json.loads('17'), json.loads('{}'), json.loads('[]'))
print(repr(json.loads('"a\tb\x00c"', strict=False)))
try:
    json.loads('["ok", "a\x01b"]')
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)

print(json.loads('[1.5, 2, "3"]', parse_float=Decimal, parse_int=lambda s: 'int:' + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: 'const:' + c))
print(json.loads('{"b": 1, "a": {"c": [1, {}]}}', object_hook=lambda d: sorted(d)))
print(json.loads('{"b": 1, "a": {"c": 2}, "b": 3}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": {"y": {}}}', object_pairs_hook=lambda p: ('pairs', p), object_hook=lambda d: 'never'))


def failing_hook(d):
    raise KeyError('hook failed')


try:
    json.loads('[{"a": 1}]', object_hook=failing_hook)
except KeyError as e:
    print('KeyError', e)

dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'), dec.raw_decode('xx{"a": 1}', 2))
try:
    dec.raw_decode('  [1]')
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)
scan = scanner.make_scanner(dec)
print(scan('"abc" rest', 0), scan('[1, 2]', 0), scan('x 42', 2))
for doc, idx in (('abc', 0), ('[1]', 3), ('', 0)):
    try:
        scan(doc, idx)
    except StopIteration as e:
        print('StopIteration', e.value)
print(decoder.scanstring('"hello\\nworld" tail', 1), decoder.scanstring('x"\u00e9\\u00e9"', 2))
for args in (('"abc', 1), ('"a\\ub"', 1)):
    try:
        decoder.scanstring(*args)
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e)


class Upper(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 1}}', cls=Upper))
print(json.loads(b'{"bytes": "\xc3\xa9"}'), json.loads('[1]'.encode('utf-16')))

for depth in (10, 5000):
    for opener, closer in (('[', ']'), ('{"k": ', '}')):
        doc = opener * depth + '1' + closer * depth
        try:
            value = json.loads(doc)
            print('depth', depth, 'ok', type(value).__name__)
        except RecursionError as e:
            print('depth', depth, 'RecursionError', e)

rows = [{'id': i, 'name': 'n\u00e9%d' % i, 'vals': [i, -i, i / 4]} for i in range(2000)]
text = json.dumps(rows, ensure_ascii=False)
back = json.loads(text)
print(len(text), back == rows, back[-1])
