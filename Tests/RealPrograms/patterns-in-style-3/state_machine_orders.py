# Source: written for Interleave's corpus in the style of finite-state-machine examples (enum states, transition tables, async side effects) (not from a public source)
# Adapted: nothing
import asyncio
from enum import Enum
from dataclasses import dataclass, field


class State(str, Enum):
    NEW = "new"
    PAID = "paid"
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    def __str__(self):
        return self.value.upper()


TRANSITIONS = {
    State.NEW: {"pay": State.PAID, "cancel": State.CANCELLED},
    State.PAID: {"pack": State.PACKED, "cancel": State.CANCELLED},
    State.PACKED: {"ship": State.SHIPPED},
    State.SHIPPED: {"deliver": State.DELIVERED},
}


class InvalidTransition(Exception):
    def __init__(self, state, action):
        self.state, self.action = state, action
        super().__init__(f"cannot {action!r} from {state}")


@dataclass
class Order:
    oid: int
    state: State = State.NEW
    history: list = field(default_factory=list)

    async def fire(self, action):
        allowed = TRANSITIONS.get(self.state, {})
        if action not in allowed:
            raise InvalidTransition(self.state, action)
        await asyncio.sleep(0.01 * len(action))
        old, self.state = self.state, allowed[action]
        self.history.append(f"{old.value}->{self.state.value}")
        return self.state


async def drive(order, actions):
    for action in actions:
        try:
            await order.fire(action)
        except InvalidTransition as exc:
            order.history.append(f"!{exc.action}")
            return f"order {order.oid} stuck: {exc}"
    return f"order {order.oid} now {order.state}"


async def main():
    orders = [Order(1), Order(2), Order(3), Order(4)]
    scripts = [
        ["pay", "pack", "ship", "deliver"],
        ["pay", "cancel", "ship"],
        ["ship"],
        ["pay", "pack", "cancel"],
    ]
    results = await asyncio.gather(*(drive(o, s) for o, s in zip(orders, scripts)))
    for line in results:
        print(line)
    for o in orders:
        print(o.oid, repr(o.state), o.state, f"{o.state}", format(o.state), o.state.value, o.history)
    print(State("paid") is State.PAID, State.PAID == "paid", isinstance(State.NEW, str), State.NEW.upper())
    print(sorted(State, key=len)[:2], [s.name for s in State if s.startswith("p")])
    print({s: len(t) for s, t in TRANSITIONS.items()})
    print("%s and %r" % (State.SHIPPED, State.SHIPPED), "{} {!r} {:>10}".format(State.NEW, State.NEW, State.NEW))
    terminal = [s for s in State if s not in TRANSITIONS]
    print(terminal)


asyncio.run(main())
