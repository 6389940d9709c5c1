# The running loop prints as the oracle's virtual-time loop, and is a
# selector loop, a BaseEventLoop and an AbstractEventLoop.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    print(loop)
    print(type(loop).__name__, isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
    print(isinstance(loop, asyncio.SelectorEventLoop))
asyncio.run(main())
l = asyncio.new_event_loop()
print(l)
l.close()
