# Subclassing a NewType fails with CPython's hint, which names the class
# being defined; NewType values are the plain supertype at runtime.
import asyncio
from typing import NewType

UserId = NewType('UserId', int)
OrderId = NewType('shop.OrderId', str)


async def lookup(uid: UserId) -> str:
    await asyncio.sleep(0)
    return f'user-{uid}'


async def main():
    print(await lookup(UserId(42)), type(UserId(42)).__name__, UserId, OrderId, OrderId.__name__, OrderId.__qualname__)
    try:
        class RefundId(OrderId):
            pass
    except TypeError as e:
        print('TypeError:', e)
    try:
        class GuestId(UserId):
            pass
    except TypeError as e:
        print('TypeError:', e)
    Nested = NewType('Nested', UserId)
    print(Nested(UserId(1)), Nested.__supertype__)


asyncio.run(main())
