# json: dumps options (indent, separators, sort_keys, ensure_ascii, allow_nan), default/cls encoders, loads hooks and JSONDecodeError positions.
import json
data = {"name": "Ann", "tags": ["a", "b"], "n": None, "t": True, "f": 1.5, "i": 10, "nested": {"x": [1, {"y": 2}]}, "u": "é€\n\"", 3: "int key"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False) if False else json.dumps(data, indent=2))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, 2], indent=4), json.dumps({}, indent=2), json.dumps([], indent=2), json.dumps({"a": []}, indent=1))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**20))
print(json.dumps("\u2028\x00\t"), json.dumps((1, 2)), json.dumps({None: 1, True: 2, 1.5: 3}))
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps(Pt(1, 2), default=lambda o: o.__dict__))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc))
try:
    json.dumps(Pt(1, 2), cls=Enc)
except TypeError as e:
    print(e)
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}'), json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("  3 "), json.loads("[]"))
for bad in ['{"a": 1,}', "{'a': 1}", "[1, 2", "", "nul", '{"a" 1}', "1 2", '"abc', "[1,]", "NaN"]:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads("1.5", parse_float=str), json.loads("[1]", parse_int=float))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1e2, -0, 1E-2]'), type(json.loads("1e2")))
from collections import OrderedDict
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.dumps("ascii"), json.dumps("é"), json.dumps("é", ensure_ascii=False), json.dumps(["a"], indent="\t"))
print(json.dumps({"a": 1, "b": [1, 2, {"c": None}]}, indent=2, sort_keys=True))
import io
buf = io.StringIO()
json.dump({"k": "v"}, buf)
print(buf.getvalue(), json.load(io.StringIO('{"q": 1}')))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} tail'))
print(json.dumps(True), json.dumps(None), json.dumps("a/b"), json.dumps(3.0), json.dumps(1/3))
