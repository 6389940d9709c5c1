import json, asyncio, datetime, decimal, enum
from dataclasses import dataclass, asdict
class E(enum.Enum):
    A = 1
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.date): return o.isoformat()
        if isinstance(o, set): return sorted(o)
        return super().default(o)
data = {'b': [1, 2.5, None, True], 'a': {'z': 'é\n"', 'y': ()}, 'c': 1e20, 'd': float('inf')}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, separators=(',', ':'), ensure_ascii=False))
print(json.dumps([1, [2, []], {}], indent='\t'))
print(json.dumps({'when': datetime.date(2024, 1, 2), 's': {3, 1}}, cls=Enc))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
print(json.dumps('\u2603\x00\x1f'), json.dumps(E.A.value), json.dumps(1 << 70), json.dumps(-0.0), json.dumps(1.0/3))
for bad in [lambda: json.dumps({'x': object()}), lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(E.A), lambda: json.dumps(decimal.Decimal('1.5'))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True), json.dumps({'x': object()}, default=lambda o: 'OBJ'))
for s in ['{"a": 1,}', '[1, 2', '', '{"a" 1}', 'nul', '"abc', '[1] x', '{"a":1}{', '01', '{1: 2}', '"\\x"', '[-]', '"\u0001"']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1.50, "b": [1e3, -0, 12345678901234567890]}', parse_float=decimal.Decimal, parse_int=str))
print(json.loads('{"a": {"b": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[["a", 1], ["b", 2]]'), json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('NaN'), json.loads('-Infinity'), json.loads(' "\\ud83d\\ude00" '), json.loads('"\\u00e9"'), json.loads(b'[1]'))
print(json.loads('{"k": 1}', parse_constant=None), json.loads('[Infinity]', parse_constant=lambda c: c))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] rest'), dec.raw_decode('{"a": 3}xyz'))
@dataclass
class P:
    x: int
    y: list
print(json.dumps(asdict(P(1, [2])), indent=1))
print(json.dumps("x", indent=4), json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([1], indent=0))
class Sub(dict): pass
class L(list): pass
print(json.dumps(Sub(a=1)), json.dumps(L([1])), json.dumps((1, 2)))
print(json.JSONEncoder(sort_keys=True).encode({'b': 1, 'a': 2}), list(json.JSONEncoder().iterencode([1, {'a': 2}])))
