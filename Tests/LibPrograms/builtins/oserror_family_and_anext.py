# the OSError subclasses (errno mapping, str), aliases, and anext() with a default
import asyncio
for cls in [ConnectionError, ConnectionResetError, BrokenPipeError, FileNotFoundError, PermissionError, TimeoutError, IOError, EnvironmentError]:
    print(cls.__name__, cls.__mro__[1].__name__, issubclass(cls, OSError), cls is OSError)
e = OSError(2, "No such file or directory")
print(e, e.errno, e.strerror, e.args, repr(e))
e2 = FileNotFoundError(2, "missing", "a.txt")
print(e2, e2.filename, type(e2).__name__)
print(ConnectionResetError("peer reset"), ConnectionRefusedError(111, "refused"))
try:
    raise ConnectionResetError("reset by peer")
except ConnectionError as exc:
    print("caught", type(exc).__name__, exc, isinstance(exc, OSError))
async def gen():
    for i in range(2):
        yield i
async def main():
    it = gen()
    print([await anext(it, "end") for _ in range(4)])
    it2 = gen()
    print(await anext(it2), await anext(it2))
    try:
        await anext(it2)
    except StopAsyncIteration:
        print("stopped")
    aw = anext(gen(), None)
    print(type(aw).__name__, await aw)
asyncio.run(main())
