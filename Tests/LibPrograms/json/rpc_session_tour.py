# A JSON-RPC style exchange between asyncio tasks: requests encoded with a
# custom JSONEncoder (dataclasses, sets, complex), decoded with object_hook,
# malformed messages reported with their JSONDecodeError position.
import asyncio
import json
from dataclasses import dataclass, asdict


@dataclass
class Point:
    x: float
    y: float


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'__point__': asdict(o)}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


def hook(d):
    if '__point__' in d:
        return Point(**d['__point__'])
    return d


async def server(inbox, outbox):
    methods = {'add': lambda a, b: a + b, 'centroid': lambda pts: Point(sum(p.x for p in pts) / len(pts),
                                                                         sum(p.y for p in pts) / len(pts))}
    while (raw := await inbox.get()) is not None:
        await asyncio.sleep(0.05)
        try:
            req = json.loads(raw, object_hook=hook)
            result = methods[req['method']](*req['params'])
            reply = {'id': req['id'], 'result': result}
        except json.JSONDecodeError as e:
            reply = {'id': None, 'error': {'code': -32700, 'message': e.msg, 'line': e.lineno, 'col': e.colno}}
        except KeyError as e:
            reply = {'id': req.get('id'), 'error': {'code': -32601, 'message': f'unknown method {e}'}}
        await outbox.put(json.dumps(reply, cls=Encoder, sort_keys=True))
    await outbox.put(None)


async def client(inbox, outbox):
    requests = [
        json.dumps({'id': 1, 'method': 'add', 'params': [2, 3]}),
        json.dumps({'id': 2, 'method': 'centroid', 'params': [[Point(0, 0), Point(4, 2)]]}, cls=Encoder),
        json.dumps({'id': 3, 'method': 'nope', 'params': []}),
        '{"id": 4, "method": "add", "params": [1, 2,]}',
        '{"id": 5,\n "method": "add"\n "params": []}',
    ]
    for r in requests:
        await outbox.put(r)
    await outbox.put(None)
    while (reply := await inbox.get()) is not None:
        print(reply)


async def main():
    to_server, to_client = asyncio.Queue(), asyncio.Queue()
    await asyncio.gather(server(to_server, to_client), client(to_client, to_server))
    print(json.dumps({'tags': {'b', 'a'}, 'z': 1 + 2j, 'p': Point(1, 2)}, cls=Encoder, indent=2))
    try:
        json.dumps({'when': object()}, cls=Encoder)
    except TypeError as e:
        print('TypeError', e)


asyncio.run(main())
