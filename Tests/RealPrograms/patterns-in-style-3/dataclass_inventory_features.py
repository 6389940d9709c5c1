# Source: written for Interleave's corpus in the style of dataclass feature tours (InitVar, KW_ONLY, slots, make_dataclass, metadata, __match_args__) (not from a public source)
# Adapted: nothing
import asyncio
import dataclasses
from dataclasses import InitVar, KW_ONLY, dataclass, field, fields, make_dataclass, asdict
from typing import ClassVar


@dataclass(slots=True)
class Sku:
    code: str
    size: str = "M"

    def __str__(self):
        return f"{self.code}-{self.size}"


@dataclass(kw_only=True)
class Item:
    sku: Sku
    qty: int = 0
    unit_cost: float = field(default=0.0, metadata={"unit": "EUR", "help": "cost per piece"})


@dataclass
class Warehouse:
    name: str
    _: KW_ONLY
    capacity: int = 100
    items: dict = field(default_factory=dict)
    seed_stock: InitVar[list | None] = None
    opened: ClassVar[int] = 0

    def __post_init__(self, seed_stock):
        Warehouse.opened += 1
        for item in seed_stock or []:
            self.items[str(item.sku)] = item

    @property
    def used(self):
        return sum(i.qty for i in self.items.values())

    async def receive(self, item, delay):
        await asyncio.sleep(delay)
        if self.used + item.qty > self.capacity:
            raise OverflowError(f"{self.name}: no room for {item.qty} x {item.sku}")
        key = str(item.sku)
        if key in self.items:
            self.items[key].qty += item.qty
        else:
            self.items[key] = item
        return key


Shipment = make_dataclass("Shipment", [("ref", str), "carrier", ("lines", list, field(default_factory=list))],
                          namespace={"count": lambda self: len(self.lines)}, frozen=False)


async def main():
    seed = [Item(sku=Sku("TSHIRT"), qty=10, unit_cost=4.5), Item(sku=Sku("CAP", "L"), qty=3)]
    w = Warehouse("east", capacity=30, seed_stock=seed)
    print(w)
    print(Sku.__slots__, hasattr(Sku("x"), "__dict__"), Sku.__match_args__, Item.__match_args__, Warehouse.__match_args__)
    deliveries = [(Item(sku=Sku("TSHIRT"), qty=5), 0.2), (Item(sku=Sku("MUG", "S"), qty=8, unit_cost=2.0), 0.1),
                  (Item(sku=Sku("CAP", "L"), qty=9), 0.3)]
    results = await asyncio.gather(*(w.receive(i, d) for i, d in deliveries), return_exceptions=True)
    print(results)
    print(w.used, sorted(w.items), Warehouse.opened)
    f = {f.name: f for f in fields(Item)}
    print(f["unit_cost"].metadata["unit"], dict(f["unit_cost"].metadata), f["qty"].kw_only, f["sku"].default is dataclasses.MISSING)
    try:
        Item(Sku("A"))
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        Warehouse("x", 5)
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        @dataclass
        class Bad:
            a: int = 1
            b: int
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        @dataclass
        class BadDefault:
            tags: list = []
    except ValueError as exc:
        print("ValueError:", exc)
    s = Shipment("R1", carrier="DHL")
    s.lines.append("TSHIRT-M")
    print(s, s.count(), Shipment.__name__, [f.name for f in fields(s)])
    print(asdict(w)["items"]["MUG-S"], dataclasses.is_dataclass(w), dataclasses.is_dataclass(Warehouse), dataclasses.is_dataclass(1))
    match w.items["MUG-S"]:
        case Item(sku=Sku(code, size), qty=q) if q > 5:
            print(f"plenty of {code} in {size}: {q}")
    print(Sku("A") == Sku("A"), Sku("A") == Sku("A", "L"), repr(Sku("B", "XL")), str(Sku("B", "XL")))
    print([f.name for f in fields(Warehouse)], "seed_stock" in Warehouse.__dataclass_fields__,
          Warehouse.__dataclass_fields__["seed_stock"]._field_type is dataclasses._FIELD_INITVAR)
    print(dataclasses.replace(w, name="west", seed_stock=[]).name, Warehouse.opened)


asyncio.run(main())
