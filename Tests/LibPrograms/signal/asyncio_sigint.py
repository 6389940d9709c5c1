import asyncio
import signal


async def main():
    handler = signal.getsignal(signal.SIGINT)
    print(type(handler).__name__, handler is signal.default_int_handler)
    try:
        signal.raise_signal(signal.SIGINT)
        print('raised; the main task is cancelled at its next await')
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('cancelled')
        raise


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('KeyboardInterrupt from asyncio.run')
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
