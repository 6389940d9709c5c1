# Source: https://github.com/Madi-S/Async-Python/blob/10526f6de90119e5cffa25c011070b1acfc396ba/2%20Asyncio/1%20Asyncio%20Entities/6_timeout.py
# (an async Python course: asyncio entities, sync primitives) by Madi-S.
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def request_traffic_jams():
    # await asyncio.sleep(0.1) # This will pass
    await asyncio.sleep(10)


async def main():
    try:
        await asyncio.wait_for(request_traffic_jams(), timeout=1.0)
    except asyncio.TimeoutError:
        print('Problems with traffic_jams service')


if __name__ == '__main__':
    asyncio.run(main())
