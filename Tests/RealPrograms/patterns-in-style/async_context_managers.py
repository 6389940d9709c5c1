# Source: written for Interleave's corpus in the style of async context manager tutorials (class-based and @asynccontextmanager) (not from a public source)
# Adapted: nothing
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack


class Connection:
    opened = 0

    def __init__(self, dsn: str):
        self.dsn = dsn
        self.closed = True

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        Connection.opened += 1
        self.closed = False
        print(f"open {self.dsn}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.05)
        self.closed = True
        print(f"close {self.dsn} (exc={exc_type.__name__ if exc_type else None})")
        return exc_type is KeyError

    async def execute(self, q):
        await asyncio.sleep(0.01)
        if "missing" in q:
            raise KeyError(q)
        return f"{q!r} ok"


@asynccontextmanager
async def transaction(conn: Connection):
    print("BEGIN")
    try:
        yield conn
    except Exception as e:
        print(f"ROLLBACK because {e!r}")
        raise
    else:
        print("COMMIT")


async def main():
    async with Connection("db://main") as conn:
        async with transaction(conn) as tx:
            print(await tx.execute("insert 1"))
        try:
            async with transaction(conn):
                raise ValueError("constraint violated")
        except ValueError:
            print("handled ValueError")
    async with Connection("db://swallow") as conn:
        await conn.execute("select missing")
        print("not reached")
    print("KeyError swallowed by __aexit__")

    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Connection(f"db://{i}")) for i in range(3)]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback at exit")
        print("open connections:", [c.dsn for c in conns if not c.closed])
    print("opened total:", Connection.opened)


asyncio.run(main())
