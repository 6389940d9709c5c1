# Source: written for Interleave's corpus in the style of resource-pool examples (asynccontextmanager, AsyncExitStack, ExitStack, suppress, redirect_stdout) (not from a public source)
# Adapted: nothing
import asyncio
import contextlib
import io
from contextlib import AsyncExitStack, ExitStack, asynccontextmanager, contextmanager, suppress, redirect_stdout, nullcontext


class Connection:
    def __init__(self, cid):
        self.cid = cid
        self.closed = False

    async def query(self, sql):
        await asyncio.sleep(0.01)
        if "DROP" in sql:
            raise PermissionError(f"conn{self.cid}: refused {sql!r}")
        return f"conn{self.cid}: {sql.lower()}"

    async def aclose(self):
        await asyncio.sleep(0)
        self.closed = True


class Pool:
    def __init__(self, size):
        self._free = asyncio.Queue()
        for i in range(size):
            self._free.put_nowait(Connection(i))
        self.log = []

    @asynccontextmanager
    async def acquire(self, who):
        conn = await self._free.get()
        self.log.append(f"{who} got conn{conn.cid}")
        try:
            yield conn
        except PermissionError as exc:
            self.log.append(f"{who} error: {exc}")
            raise
        finally:
            self.log.append(f"{who} released conn{conn.cid}")
            self._free.put_nowait(conn)


@contextmanager
def tag(name, sink):
    sink.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        sink.append(f"</{name}>")


class Timer:
    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        self.start = asyncio.get_running_loop().time()
        return self

    async def __aexit__(self, exc_type, exc, tb):
        elapsed = asyncio.get_running_loop().time() - self.start
        print(f"  [{self.label}] {elapsed:.2f}s exc={exc_type.__name__ if exc_type else None}")
        return False


async def job(pool, who, sql):
    async with Timer(who), pool.acquire(who) as conn:
        await asyncio.sleep(0.05)
        return await conn.query(sql)


async def main():
    pool = Pool(2)
    results = await asyncio.gather(job(pool, "a", "SELECT 1"), job(pool, "b", "DROP TABLE x"), job(pool, "c", "SELECT 2"),
                                   return_exceptions=True)
    print(results)
    print("\n".join(pool.log))

    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(pool.acquire(f"stack{i}")) for i in range(2)]
        stack.push_async_callback(conns[0].aclose)
        stack.callback(print, "  sync callback runs first (LIFO)")
        print("inside stack with", [c.cid for c in conns])
    print(conns[0].closed, conns[1].closed, pool.log[-2:])

    sink = []
    with ExitStack() as es:
        names = [es.enter_context(tag(n, sink)) for n in ("html", "body", "p")]
        sink.append("text")
        rest = es.pop_all()
    print(names, sink)
    rest.close()
    print(sink)

    with suppress(KeyError, IndexError):
        [][1]
    print("suppressed IndexError")
    buf = io.StringIO()
    with redirect_stdout(buf):
        print("captured line")
        print("another", 42)
    print(repr(buf.getvalue()))
    with nullcontext("value") as v:
        print(v)
    try:
        with tag("broken", sink):
            raise RuntimeError("inside tag")
    except RuntimeError as exc:
        print("propagated:", exc, sink[-1])

    @contextlib.contextmanager
    def swallow():
        try:
            yield
        except ZeroDivisionError:
            print("  swallowed ZeroDivisionError")

    with swallow():
        1 / 0
    print("continuing")

    class Reusable(contextlib.ContextDecorator):
        def __enter__(self):
            print("  enter")
            return self

        def __exit__(self, *exc):
            print("  exit")

    @Reusable()
    def decorated(x):
        print("  body", x)
        return x * 2

    print(decorated(21))


asyncio.run(main())
