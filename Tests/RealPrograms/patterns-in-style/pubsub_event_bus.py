# Source: written for Interleave's corpus in the style of "typed async event bus" articles (not from a public source)
# Adapted: nothing
import asyncio
from collections import defaultdict
from dataclasses import dataclass
from typing import Awaitable, Callable, Protocol, TypeVar


@dataclass(frozen=True)
class Event:
    pass


@dataclass(frozen=True)
class UserRegistered(Event):
    username: str
    email: str


@dataclass(frozen=True)
class OrderPlaced(Event):
    order_id: int
    total: float


E = TypeVar("E", bound=Event)
Handler = Callable[[E], Awaitable[None]]


class Bus(Protocol):
    def subscribe(self, kind: type, handler: Handler) -> None: ...
    async def publish(self, event: Event) -> None: ...


class AsyncBus:
    def __init__(self):
        self._handlers: dict[type, list[Handler]] = defaultdict(list)

    def subscribe(self, kind, handler):
        self._handlers[kind].append(handler)

    async def publish(self, event):
        handlers = self._handlers.get(type(event), [])
        results = await asyncio.gather(*(h(event) for h in handlers), return_exceptions=True)
        for h, r in zip(handlers, results):
            if isinstance(r, Exception):
                print(f"handler {h.__name__} failed: {r!r}")


async def send_welcome(e: UserRegistered):
    await asyncio.sleep(0.1)
    print(f"welcome mail to {e.email}")


async def add_to_crm(e: UserRegistered):
    await asyncio.sleep(0.05)
    if e.username == "mallory":
        raise PermissionError("blocked user")
    print(f"crm: added {e.username}")


async def charge(e: OrderPlaced):
    await asyncio.sleep(0.02)
    print(f"charged order {e.order_id}: ${e.total:,.2f}")


async def main():
    bus: Bus = AsyncBus()
    bus.subscribe(UserRegistered, send_welcome)
    bus.subscribe(UserRegistered, add_to_crm)
    bus.subscribe(OrderPlaced, charge)
    await bus.publish(UserRegistered("alice", "alice@example.com"))
    await bus.publish(UserRegistered("mallory", "m@evil.test"))
    await asyncio.gather(*(bus.publish(OrderPlaced(i, i * 1234.5)) for i in range(1, 4)))
    e = OrderPlaced(9, 1.0)
    try:
        e.total = 2.0
    except Exception as exc:
        print(type(exc).__name__, exc)
    print(e, hash(e) == hash(OrderPlaced(9, 1.0)))


asyncio.run(main())
