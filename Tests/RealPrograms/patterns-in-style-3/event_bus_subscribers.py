# Source: written for Interleave's corpus in the style of event-bus / pub-sub examples (async handlers, weak references, priorities) (not from a public source)
# Adapted: nothing
import asyncio
import inspect
import weakref
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Union

Handler = Callable[["Event"], Union[None, Awaitable[None]]]


@dataclass
class Event:
    topic: str
    payload: dict = field(default_factory=dict)
    handled_by: list = field(default_factory=list)


class EventBus:
    def __init__(self):
        self._subs: dict[str, list[tuple[int, Handler]]] = defaultdict(list)
        self._weak = weakref.WeakSet()
        self.history = []

    def subscribe(self, topic, handler=None, *, priority=0):
        def register(fn):
            self._subs[topic].append((priority, fn))
            self._subs[topic].sort(key=lambda pair: -pair[0])
            return fn
        return register(handler) if handler else register

    def attach(self, listener):
        self._weak.add(listener)

    async def publish(self, topic, **payload):
        event = Event(topic, payload)
        handlers = [h for _, h in self._subs.get(topic, [])] + [h for _, h in self._subs.get("*", [])]
        for listener in sorted(self._weak, key=lambda l: l.name):
            handlers.append(listener.on_event)
        results = []
        for handler in handlers:
            try:
                result = handler(event)
                if inspect.isawaitable(result):
                    result = await result
                results.append(result)
            except Exception as exc:
                results.append(f"{type(exc).__name__}: {exc}")
        self.history.append((topic, len(handlers)))
        return event, results


class Listener:
    def __init__(self, name):
        self.name = name

    def on_event(self, event):
        event.handled_by.append(f"listener:{self.name}")
        return self.name

    def __del__(self):
        print(f"  listener {self.name} collected")


bus = EventBus()


@bus.subscribe("order.created", priority=10)
async def reserve_stock(event):
    await asyncio.sleep(0.05)
    event.handled_by.append("stock")
    return f"reserved {event.payload.get('qty', 0)}"


@bus.subscribe("order.created")
def send_email(event):
    event.handled_by.append("email")
    if "email" not in event.payload:
        raise KeyError("email")
    return "emailed"


@bus.subscribe("*", priority=-1)
def audit(event):
    event.handled_by.append("audit")


async def main():
    bus.subscribe("order.cancelled", lambda e: e.handled_by.append("lambda") or "cancel-noted")
    a, b = Listener("alpha"), Listener("beta")
    bus.attach(a)
    bus.attach(b)
    event, results = await bus.publish("order.created", qty=3, email="x@y")
    print(event)
    print(results)
    del b
    print("after del b")
    event, results = await bus.publish("order.created", qty=1)
    print(event.handled_by, results)
    event, results = await bus.publish("order.cancelled")
    print(event.handled_by, results)
    events = await asyncio.gather(*(bus.publish("tick", n=i) for i in range(3)))
    print([e.payload for e, _ in events], [r for _, r in events])
    print(bus.history, len(bus._weak))
    r = weakref.ref(a)
    print(r() is a, r().name)
    del a
    print(r(), len(bus._weak))
    cache = weakref.WeakValueDictionary()
    keep = Listener("gamma")
    cache["g"] = keep
    cache["tmp"] = Listener("temp")
    print(sorted(cache.keys()))


asyncio.run(main())
print("end")
