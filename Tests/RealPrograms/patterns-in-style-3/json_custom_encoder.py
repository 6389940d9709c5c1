# Source: written for Interleave's corpus in the style of JSON serialization tutorials (custom encoders and object hooks) (not from a public source)
# Adapted: nothing
import asyncio
import json
from dataclasses import dataclass, asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum


class Kind(Enum):
    BOOK = "book"
    FILM = "film"


@dataclass
class Item:
    title: str
    kind: Kind
    released: date
    price: Decimal
    tags: tuple = ()


class DomainEncoder(json.JSONEncoder):
    def default(self, o):
        if is_dataclass(o):
            d = asdict(o)
            d["__type__"] = type(o).__name__
            return d
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def decode_hook(d):
    if d.get("__type__") == "Item":
        return Item(d["title"], Kind(d["kind"]), date.fromisoformat(d["released"]),
                    Decimal(d["price"]), tuple(d["tags"]))
    return d


async def fetch(title, delay):
    await asyncio.sleep(delay)
    return Item(title, Kind.BOOK if delay < 0.2 else Kind.FILM, date(2020, 1, int(delay * 100)),
                Decimal("9.99") * int(delay * 10), ("new", "sale") if delay > 0.15 else ())


async def main():
    items = await asyncio.gather(fetch("Dune", 0.1), fetch("Alien", 0.25), fetch("Emma", 0.15))
    text = json.dumps(items, cls=DomainEncoder, indent=2, sort_keys=True)
    print(text)
    back = json.loads(text, object_hook=decode_hook)
    print(back == list(items), back[1])
    print(json.dumps({"b": 1, "a": [1.0, 2.5, 1e20, -0.0], "c": None, "d": True}, separators=(",", ":")))
    print(json.dumps("héllo \u2603 \"q\" \n", ensure_ascii=True), json.dumps("héllo", ensure_ascii=False))
    print(json.dumps({1: "int key", 2.5: "float", None: "none", False: "f"}))
    print(json.dumps({"set": {3, 1, 2}}, default=sorted))
    try:
        json.dumps({"x": object()})
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        json.loads('{"a": 1,}')
    except json.JSONDecodeError as exc:
        print("JSONDecodeError:", exc.msg, exc.pos, exc.lineno, exc.colno)
    print(json.loads("[1, 2.0, \"x\", null, true, {\"k\": [] }]"))
    print(json.loads('{"n": 1.10}', parse_float=Decimal), json.loads('[NaN, Infinity]'))
    print(json.dumps([float("inf")]), json.dumps(1 / 3), json.dumps(10 ** 20))
    print(json.dumps({"nested": {"list": [1, {"deep": []}], "empty": {}}}, indent="\t"))
    pairs = json.loads('{"z": 1, "a": 2, "z": 3}', object_pairs_hook=lambda ps: ps)
    print(pairs)


asyncio.run(main())
