# ABCMeta.register: registering a class that already is a subclass changes
# nothing (not even the cache token); a new virtual subclass bumps
# abc.get_cache_token(); registering an ancestor is refused as a cycle.
import abc
import asyncio


class Store(abc.ABC):
    @abc.abstractmethod
    async def get(self, key): ...


class Memory(Store):
    async def get(self, key):
        await asyncio.sleep(0)
        return key


class Remote:
    async def get(self, key):
        await asyncio.sleep(0.1)
        return key.upper()


async def main():
    start = abc.get_cache_token()
    print(Store.register(Memory) is Memory, abc.get_cache_token() == start)
    print(Store.register(Store) is Store, abc.get_cache_token() == start)
    print(issubclass(Remote, Store), Store.register(Remote) is Remote, issubclass(Remote, Store))
    after = abc.get_cache_token()
    print(after != start, Store.register(Remote) is Remote, abc.get_cache_token() == after)
    try:
        Memory.register(Store)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        Store.register(Remote())
    except TypeError as e:
        print('TypeError:', e)
    print(await asyncio.gather(Memory().get('a'), Remote().get('b')), isinstance(Remote(), Store))


asyncio.run(main())
