# The logger registry as the oracle's CPython has it: importing asyncio
# registers 'asyncio' and (through concurrent.futures) 'concurrent.futures'
# with its 'concurrent' placeholder, before the program's own loggers.
import asyncio
import logging


async def main():
    logging.getLogger('app.db').info('x')
    logging.getLogger('app')
    registry = logging.Logger.manager.loggerDict
    print(list(registry))
    print({name: type(obj).__name__ for name, obj in registry.items()})
    futures = logging.getLogger('concurrent.futures')
    print(futures.parent is logging.root, futures.level, futures.handlers, futures.propagate)
    print(logging.getLogger('concurrent').parent is logging.root, futures.parent.name)
    print(logging.getLogger('asyncio').getEffectiveLevel(), logging.getLogger('app.db').parent.name)


asyncio.run(main())
