# Importing a package's submodule first: the package's __init__ imports the
# same submodule, and both names must reach one module object.
import asyncio.queues
import collections.abc
import asyncio
import collections

print(asyncio.Queue is asyncio.queues.Queue)
print(collections.abc.Mapping is __import__('collections').abc.Mapping)
print(asyncio.queues.__name__, type(asyncio.queues).__name__)
