# Async context managers
# __aenter__/__aexit__ and contextlib.asynccontextmanager run setup and teardown around an async with block.
import asyncio
import contextlib


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(1)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(1)
        print(f"close {self.name} (error: {exc_type.__name__ if exc_type else None})")
        return False


@contextlib.asynccontextmanager
async def transaction(label):
    print(f"begin {label}")
    try:
        yield label.upper()
    except ValueError as error:
        print(f"rollback {label}: {error}")
    else:
        print(f"commit {label}")


async def main():
    async with Connection("db") as conn:
        print("using", conn.name)
    async with transaction("t1") as tx:
        print("inside", tx)
    async with transaction("t2"):
        raise ValueError("bad row")
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main())
