# Source: written for Interleave's corpus in the style of "async state machine" examples using match statements (not from a public source)
# Adapted: nothing
import asyncio
from enum import Enum, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()
    FLASHING = auto()


DURATIONS = {Light.RED: 3, Light.GREEN: 2.5, Light.YELLOW: 1}


def next_state(state: Light, fault: bool) -> Light:
    match state, fault:
        case (_, True):
            return Light.FLASHING
        case (Light.RED, False):
            return Light.GREEN
        case (Light.GREEN, False):
            return Light.YELLOW
        case (Light.YELLOW, False):
            return Light.RED
        case (Light.FLASHING, False):
            return Light.RED


async def controller(events: asyncio.Queue):
    state = Light.RED
    loop = asyncio.get_running_loop()
    start = loop.time()
    transitions = 0
    while transitions < 8:
        print(f"t={loop.time() - start:4.1f} {state.name}")
        duration = DURATIONS.get(state, 2)
        try:
            evt = await asyncio.wait_for(events.get(), timeout=duration)
        except asyncio.TimeoutError:
            evt = None
        match evt:
            case {"type": "fault", "where": where}:
                print(f"         fault reported at {where}")
                state = next_state(state, True)
            case {"type": "repair"}:
                print("         repaired")
                state = next_state(state, False)
            case None:
                state = next_state(state, False)
            case other:
                print(f"         ignored {other}")
        transitions += 1


async def inject(events):
    await asyncio.sleep(4)
    await events.put({"type": "fault", "where": "north pole"})
    await asyncio.sleep(1)
    await events.put({"type": "noise"})
    await asyncio.sleep(1)
    await events.put({"type": "repair"})


async def main():
    events = asyncio.Queue()
    await asyncio.gather(controller(events), inject(events))


asyncio.run(main())
