# Source: written for Interleave's corpus in the style of course projects: an async inventory/order system with dataclasses, enums and json (not from a public source)
# Adapted: nothing
import asyncio
import json
from dataclasses import dataclass, field, asdict
from decimal import Decimal
from enum import Enum, IntEnum
from typing import Optional


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class OrderState(str, Enum):
    NEW = "new"
    RESERVED = "reserved"
    SHIPPED = "shipped"
    REJECTED = "rejected"


@dataclass
class Item:
    sku: str
    price: Decimal
    qty: int


@dataclass
class Order:
    oid: int
    lines: dict[str, int]
    priority: Priority = Priority.NORMAL
    state: OrderState = OrderState.NEW
    note: Optional[str] = None
    total: Decimal = field(default=Decimal("0"))


class Inventory:
    def __init__(self, items):
        self.items = {i.sku: i for i in items}
        self.lock = asyncio.Lock()

    async def reserve(self, order: Order) -> bool:
        async with self.lock:
            await asyncio.sleep(0.01)
            missing = [s for s, q in order.lines.items() if self.items[s].qty < q]
            if missing:
                order.state = OrderState.REJECTED
                order.note = f"out of stock: {', '.join(missing)}"
                return False
            for s, q in order.lines.items():
                self.items[s].qty -= q
                order.total += self.items[s].price * q
            order.state = OrderState.RESERVED
            return True


async def ship(order: Order):
    await asyncio.sleep(0.1 * (4 - order.priority))
    order.state = OrderState.SHIPPED


async def main():
    inv = Inventory([Item("apple", Decimal("0.35"), 10), Item("pear", Decimal("0.50"), 4),
                     Item("plum", Decimal("1.10"), 2)])
    orders = [Order(1, {"apple": 3, "pear": 1}), Order(2, {"plum": 3}, Priority.HIGH),
              Order(3, {"pear": 3, "plum": 2}, Priority.LOW), Order(4, {"apple": 8})]
    queue: asyncio.PriorityQueue = asyncio.PriorityQueue()
    for o in orders:
        queue.put_nowait((-o.priority, o.oid, o))
    shipping = []
    while not queue.empty():
        _, _, order = queue.get_nowait()
        if await inv.reserve(order):
            shipping.append(asyncio.create_task(ship(order)))
    await asyncio.gather(*shipping)
    for o in orders:
        d = asdict(o)
        print(json.dumps(d, default=str, sort_keys=True))
    print({s: i.qty for s, i in inv.items.items()})
    print(sum((o.total for o in orders), Decimal(0)), Priority.HIGH > Priority.LOW, OrderState("shipped"))
    print(f"{Priority.HIGH!r} {OrderState.NEW!s} {OrderState.NEW.value}")


asyncio.run(main())
