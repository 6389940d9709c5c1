# Async methods and async __call__
# Methods can be coroutines, and so can __call__, which makes an instance awaitable when called.
import asyncio


class Oven:
    def __init__(self):
        self.baked = 0

    async def bake(self, item, minutes):
        print(f"baking {item}")
        await asyncio.sleep(minutes)
        self.baked += 1
        return f"{item} baked"


class RateLimited:
    def __init__(self, interval):
        self.interval = interval
        self.calls = 0

    async def __call__(self, label):
        self.calls += 1
        await asyncio.sleep(self.interval)
        return f"{label} (call {self.calls})"


async def main():
    oven = Oven()
    print(await asyncio.gather(oven.bake("bread", 30), oven.bake("pie", 45)))
    print("oven baked", oven.baked, "items")
    limited = RateLimited(1)
    print(await limited("first"))
    print(await limited("second"))
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main())
