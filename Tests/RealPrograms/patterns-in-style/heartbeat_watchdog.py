# Source: written for Interleave's corpus in the style of "watchdog / heartbeat monitoring with asyncio" examples (not from a public source)
# Adapted: nothing
import asyncio


class Watchdog:
    def __init__(self, timeout: float, on_expire):
        self.timeout = timeout
        self.on_expire = on_expire
        self._handle = None
        self.expirations = 0

    def start(self):
        self.feed()

    def feed(self):
        loop = asyncio.get_running_loop()
        if self._handle:
            self._handle.cancel()
        self._handle = loop.call_later(self.timeout, self._expired)

    def _expired(self):
        self.expirations += 1
        self.on_expire(self)
        self.feed()

    def stop(self):
        if self._handle:
            self._handle.cancel()


async def device(name, beats, watchdog):
    for delay in beats:
        await asyncio.sleep(delay)
        print(f"{asyncio.get_running_loop().time() - T0:4.1f} {name}: beat")
        watchdog.feed()


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()

    def alarm(wd):
        print(f"{asyncio.get_running_loop().time() - T0:4.1f} ALARM: no heartbeat for {wd.timeout}s")

    wd = Watchdog(1.0, alarm)
    wd.start()
    await device("sensor", [0.5, 0.5, 0.9, 2.5, 0.2, 0.3], wd)
    wd.stop()
    await asyncio.sleep(2)
    print("expirations:", wd.expirations)


asyncio.run(main())
