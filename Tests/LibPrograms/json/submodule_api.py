# The json package's submodule API: json.encoder/json.decoder helpers and
# json.scanner.make_scanner, as some programs import them directly.
from json.encoder import JSONEncoder, encode_basestring, encode_basestring_ascii, INFINITY
from json.decoder import JSONDecoder, JSONDecodeError, scanstring
import json.scanner
print(encode_basestring('é"\n'), encode_basestring_ascii('é"\n😀'), INFINITY)
print(scanstring('"abc" tail', 1), scanstring('"a\\u00e9b"', 1))
try:
    scanstring('"abc', 1)
except JSONDecodeError as e:
    print(e)
print(json.scanner.make_scanner(JSONDecoder())('[1, 2]', 0))
print(json.__all__, json.__version__ if hasattr(json, '__version__') else '')
