# Empty asyncio program: importing asyncio and running one empty coroutine
# is the start-up cost every asyncio benchmark pays.
import asyncio


async def main():
    pass


asyncio.run(main())
