# loop.call_at keeps the deadline as it was given: an int stays an int in
# TimerHandle.when(), in _when and in the handle's repr (call_later's
# deadline, loop.time() + delay, is a float).
import asyncio
from fractions import Fraction


def ping(tag):
    print("ping", tag)


async def main():
    loop = asyncio.get_running_loop()
    at_int = loop.call_at(2, ping, "int")
    at_float = loop.call_at(1.5, ping, "float")
    at_frac = loop.call_at(Fraction(5, 2), ping, "fraction")
    later = loop.call_later(1, ping, "later")
    for h in (at_int, at_float, at_frac, later):
        print(repr(h.when()), type(h.when()).__name__, repr(h._when), h)
    print(at_float < at_int, at_int <= at_frac, at_int == loop.call_at(2.0, ping, "twin"))
    at_int.cancel()
    print(at_int)
    handle = asyncio.TimerHandle(7, ping, ("direct",), loop)
    print(handle.when(), handle)
    await asyncio.sleep(3)
    print("slept until", loop.time())


asyncio.run(main())
