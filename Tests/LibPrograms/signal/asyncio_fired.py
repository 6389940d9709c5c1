# The callbacks fire as on real CPython 3.11 (checked with plain python3; no timers,
# so the run is deterministic). The conformance oracle never delivers them: its
# selector never reports the loop's self-pipe. So this .out comes from
# `python3 asyncio_fired.py`, not `scripts/lib-programs.sh --generate`.
import asyncio, signal, os

async def ticker():
    for i in range(6):
        print('tick', i)
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, lambda: print('callback USR1'))
    loop.add_signal_handler(signal.SIGTERM, print, 'callback TERM', 42)
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print('raise')
    signal.raise_signal(signal.SIGUSR1)
    os.kill(os.getpid(), signal.SIGTERM)
    print('raised')
    await t
    print('removed', loop.remove_signal_handler(signal.SIGUSR1))

asyncio.run(main())
