# types.MappingProxyType in CPython 3.11 has no hash: hash() and using one as
# a dict key or set member raise TypeError; the proxy stays read-only.
import asyncio
from types import MappingProxyType

CONFIG = MappingProxyType({'retries': 3, 'timeout': 1.5})


async def use(label, fn):
    await asyncio.sleep(0.01)
    try:
        print(label, fn())
    except (TypeError, KeyError, AttributeError) as e:
        print(label, type(e).__name__, e)


async def main():
    await use('hash', lambda: hash(CONFIG))
    await use('dict key', lambda: {CONFIG: 1})
    await use('set', lambda: {CONFIG})
    await use('setitem', lambda: CONFIG.__setitem__('retries', 4))
    await use('read', lambda: (CONFIG['retries'], len(CONFIG), sorted(CONFIG)))
    await use('class dict hash', lambda: hash(int.__dict__))
    await use('eq', lambda: CONFIG == {'retries': 3, 'timeout': 1.5})


asyncio.run(main())
