import json
from datetime import date, datetime
from dataclasses import dataclass, asdict

data = {"name": "Widget", "tags": ["a", "b"], "price": 9.5, "stock": None, "active": True,
        "nested": {"z": 1, "a": [1, 2, {"k": "v"}]}, "unicode": "caf\u00e9 \u2603", 3: "int key"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
print(json.dumps([1, [2, [3, []]], {}], indent=4))
print(json.dumps("tab\there \"quoted\" \\ / \x01"))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-0.0), json.dumps(1e100), json.dumps(0.1))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"d": date(2020, 1, 2)})
except TypeError as e:
    print("TypeError:", e)
def default(o):
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
print(json.dumps({"when": datetime(2021, 5, 4, 3, 2, 1), "s": {3, 1, 2}}, default=default))
class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)
print(json.dumps([1 + 2j], cls=Encoder))
try:
    json.dumps([object()], cls=Encoder)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Item:
    name: str
    qty: int = 1
print(json.dumps(asdict(Item("x", 3))))
text = '{"a": [1, 2.5, "three", null, true, false], "b": {"c": -1e3}}'
obj = json.loads(text)
print(obj, type(obj["a"][1]).__name__, obj["b"]["c"])
print(json.loads('"\\u00e9\\ud83d\\ude00"'))
def hook(d):
    return {k.upper(): v for k, v in d.items()}
print(json.loads('{"x": {"y": 1}}', object_hook=hook))
print(json.loads('[1.5, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"p": [1, 2]}', object_pairs_hook=lambda pairs: pairs))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '', '{"a": 1} x', "{'a': 1}", '[1, 2]]', '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
print(json.dumps({"k": [1, 2]}, indent="\t"))
print(json.dumps({(1, 2): 3}, skipkeys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1.5: "f", True: "t", None: "n"}))
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)
print(json.JSONEncoder(indent=1).encode({"a": [1]}))
print(list(json.JSONEncoder().iterencode({"a": 1})))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} rest'))
