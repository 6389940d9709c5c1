# Source: written for Interleave's corpus in the style of dataclass-heavy domain models (not from a public source)
# Adapted: nothing
from __future__ import annotations

import asyncio
from dataclasses import asdict, astuple, dataclass, field, fields, replace, FrozenInstanceError
from decimal import Decimal
from enum import Enum
from typing import ClassVar, Optional


class Status(Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"


@dataclass(frozen=True, order=True)
class Money:
    amount: Decimal
    currency: str = "EUR"

    def __add__(self, other: Money) -> Money:
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __mul__(self, qty: int) -> Money:
        return Money(self.amount * qty, self.currency)

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"


@dataclass(order=True)
class LineItem:
    sort_index: tuple = field(init=False, repr=False)
    sku: str
    qty: int
    unit: Money

    def __post_init__(self):
        self.sort_index = (-self.qty, self.sku)

    @property
    def total(self) -> Money:
        return self.unit * self.qty


@dataclass
class Order:
    counter: ClassVar[int] = 0
    customer: str
    items: list[LineItem] = field(default_factory=list)
    status: Status = Status.PENDING
    note: Optional[str] = None
    oid: int = field(init=False)

    def __post_init__(self):
        Order.counter += 1
        self.oid = Order.counter

    def add(self, sku, qty, price):
        self.items.append(LineItem(sku, qty, Money(Decimal(price))))
        return self

    @property
    def total(self) -> Money:
        total = Money(Decimal("0"))
        for item in self.items:
            total = total + item.total
        return total


async def pay(order: Order, delay: float) -> Order:
    await asyncio.sleep(delay)
    return replace(order, status=Status.PAID, note=f"paid after {delay}s")


async def main():
    o1 = Order("alice").add("pen", 3, "1.20").add("book", 1, "12.50")
    o2 = Order("bob").add("mug", 2, "7.05")
    print(o1)
    print(o2.items[0])
    print([f.name for f in fields(Order)])
    print(sorted(o1.items + o2.items))
    print(str(o1.total), str(o2.total), o1.total > o2.total)
    paid = await asyncio.gather(pay(o1, 0.2), pay(o2, 0.1))
    for order in paid:
        print(order.oid, order.customer, order.status, order.note, order.total)
    print(asdict(o2))
    print(astuple(o2.items[0].unit))
    try:
        o2.items[0].unit.amount = Decimal(1)
    except FrozenInstanceError as exc:
        print("frozen:", exc)
    try:
        Money(Decimal(1), "EUR") + Money(Decimal(2), "USD")
    except ValueError as exc:
        print(exc)
    print(Money(Decimal("1.5")) == Money(Decimal("1.50")), hash(Money(Decimal("1.5"))) == hash(Money(Decimal("1.50"))))
    print(o1 == replace(o1), Order.counter)
    print(Order.__annotations__["items"])


asyncio.run(main())
