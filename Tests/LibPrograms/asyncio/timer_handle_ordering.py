# TimerHandles order by when(); equal when their callback, args, deadline
# and cancelled state are; hash as their deadline. Handles compare by identity.
import asyncio


def cb(*args):
    print('cb', args)


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    early = loop.call_at(now + 1, cb, 1)
    late = loop.call_at(now + 2, cb, 2)
    twin = loop.call_at(now + 1, cb, 1)
    print(early < late, late > early, early <= late, late >= early, late < early)
    print(early == twin, early != twin, early is twin, early <= twin, early >= twin)
    print(hash(early) == hash(now + 1), hash(early) == hash(twin))
    print(early == late, early == 5, early != 5)
    twin.cancel()
    print(early == twin, early <= twin, early < twin)
    ordered = sorted([late, early])
    print([h.when() - now for h in ordered])
    try:
        early < 1
    except TypeError as e:
        print('TypeError', e)
    soon = loop.call_soon(cb, 3)
    again = loop.call_soon(cb, 3)
    print(soon == again, soon == soon, soon != again)
    try:
        soon < again
    except TypeError as e:
        print('TypeError', e)
    print(len({early, twin, late}))
    await asyncio.sleep(3)


asyncio.run(main())
