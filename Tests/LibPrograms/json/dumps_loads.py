# json: dumps options (indent, separators, sort_keys, ensure_ascii,
# default, skipkeys, allow_nan), loads with hooks, custom encoders and
# decoders, and CPython's error messages.
import json

data = {'name': 'Zoë', 'tags': ['a', 'b'], 'n': 3, 'f': 2.5, 'ok': True, 'none': None,
        'nested': {'z': 1, 'a': [1, {'b': ()}]}, 3: 'int key', 1.5: 'float', False: 'f', None: 'n'}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False, sort_keys=False))
print(json.dumps({'b': 1, 'a': [1, 2, {}], 'c': []}, indent=2, sort_keys=True))
print(json.dumps([1, [2, {'x': None}]], indent='\t'))
print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':')), json.dumps([1, 2], indent=0))
print(json.dumps('tab\tquote"back\\slash\u2028\x01'), json.dumps('\U0001f600'), json.dumps('\U0001f600', ensure_ascii=False))
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1e100, 0.1, -0.0, 10**20]))
print(json.dumps({(1, 2): 'x', 'k': 1}, skipkeys=True), json.dumps(set([1]), default=sorted), json.dumps(12), json.dumps(None))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'__point__': [o.x, o.y]}
        return super().default(o)


s = json.dumps({'p': Point(1, 2), 'ps': [Point(3, 4)]}, cls=PointEncoder)
print(s, list(PointEncoder().iterencode([1, 'a'])))
print(json.loads(s, object_hook=lambda d: Point(*d['__point__']) if '__point__' in d else d)['ps'][0].y)
print(json.loads('{"a": [1, 2.5, "x", true, false, null], "b": {"c": -1e3}}'))
print(json.loads('[1, 2]', parse_int=str), json.loads('[1.5]', parse_float=lambda t: 'F' + t), json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=list), json.loads(' "\\u00e9\\ud83d\\ude00\\n" '))
print(json.JSONDecoder().raw_decode('{"x": 1} trailing'), json.loads('[]'), json.loads('{}'), json.loads('"x"'))
for bad in ('', '[1,', '{"a" 1}', '{a: 1}', '[1] x', '"abc', '[1 2]', '{"a": 1,}', '"\\x"', 'nul', '\n\n  [1, }'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f'{bad!r}: {e} | {e.msg!r} {e.pos} {e.lineno}:{e.colno}', isinstance(e, ValueError))
for bad in (lambda: json.dumps({(1,): 2}), lambda: json.dumps(object()), lambda: json.dumps(float('nan'), allow_nan=False),
            lambda: json.loads(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)
