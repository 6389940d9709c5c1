import asyncio
import functools
import signal


def ask_exit(signame, loop):
    print("got signal %s: exit" % signame)
    loop.stop()


async def main():
    loop = asyncio.get_running_loop()
    for signame in ['SIGINT', 'SIGTERM']:
        loop.add_signal_handler(getattr(signal, signame),
                                functools.partial(ask_exit, signame, loop))
    print(signal.getsignal(signal.SIGTERM).__name__)
    await asyncio.sleep(3600)
    print(loop.remove_signal_handler(signal.SIGTERM))
    print(loop.remove_signal_handler(signal.SIGTERM))
    print(signal.getsignal(signal.SIGTERM))
    for bad in ['x', 0, 99, signal.SIGKILL]:
        try:
            loop.add_signal_handler(bad, print)
        except Exception as e:
            print(type(e).__name__, e)
    async def coro():
        pass
    try:
        loop.add_signal_handler(signal.SIGHUP, coro)
    except TypeError as e:
        print(e)
    try:
        loop.remove_signal_handler(1.5)
    except TypeError as e:
        print(e)
    return loop

loop = asyncio.run(main())
print(loop.is_closed(), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print('done')
