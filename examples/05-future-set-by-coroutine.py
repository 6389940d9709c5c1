# A Future set by another coroutine
# One coroutine awaits a Future that a second coroutine resolves later in virtual time.
import asyncio


async def producer(future):
    print("producer: working for 3 seconds")
    await asyncio.sleep(3)
    future.set_result("the answer is 42")
    print("producer: result set")


async def consumer(future):
    print("consumer: waiting for the future")
    value = await future
    print("consumer: got", repr(value))


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    await asyncio.gather(consumer(future), producer(future))
    print("done at t =", loop.time())


asyncio.run(main())
