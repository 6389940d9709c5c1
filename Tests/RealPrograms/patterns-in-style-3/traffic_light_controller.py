# Source: written for Interleave's corpus in the style of embedded-control simulations (traffic light state cycle, pedestrian button, Event/Condition) (not from a public source)
# Adapted: nothing
import asyncio
import itertools
from enum import Enum


class Light(Enum):
    RED = ("stop", 3.0)
    RED_AMBER = ("get ready", 1.0)
    GREEN = ("go", 4.0)
    AMBER = ("prepare to stop", 1.5)

    def __init__(self, meaning, duration):
        self.meaning = meaning
        self.duration = duration

    @property
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


class Crossing:
    def __init__(self):
        self.light = Light.RED
        self.changed = asyncio.Condition()
        self.button = asyncio.Event()
        self.log = []

    def stamp(self, text):
        self.log.append(f"{asyncio.get_running_loop().time():5.1f} {text}")

    async def controller(self, cycles):
        for state in itertools.islice(itertools.cycle(Light), cycles):
            async with self.changed:
                self.light = state
                self.changed.notify_all()
            self.stamp(f"{state.name:<9} ({state.meaning})")
            duration = state.duration
            if state is Light.GREEN:
                try:
                    await asyncio.wait_for(self.button.wait(), timeout=duration)
                    self.stamp("  button pressed: shortening green")
                    self.button.clear()
                    await asyncio.sleep(0.5)
                except TimeoutError:
                    pass
            else:
                await asyncio.sleep(duration)

    async def pedestrian(self, name, arrive):
        await asyncio.sleep(arrive)
        self.stamp(f"  {name} arrives, light is {self.light.name}")
        if self.light is not Light.RED:
            self.button.set()
        async with self.changed:
            await self.changed.wait_for(lambda: self.light is Light.RED)
        self.stamp(f"  {name} crosses")


async def main():
    c = Crossing()
    await asyncio.gather(c.controller(9), c.pedestrian("ann", 5.0), c.pedestrian("bob", 6.0), c.pedestrian("cy", 12.2))
    print("\n".join(c.log))
    print([l.next.name for l in Light], Light.GREEN.value, Light["AMBER"].duration, Light(("go", 4.0)))
    total = sum(l.duration for l in Light)
    print(f"full cycle {total}s; green share {Light.GREEN.duration / total:.0%}")


asyncio.run(main())
