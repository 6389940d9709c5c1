# Source: written for Interleave's corpus in the style of "request-scoped context with contextvars" articles (not from a public source)
# Adapted: nothing
import asyncio
import contextvars
import logging
import sys

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
user: contextvars.ContextVar[str] = contextvars.ContextVar("user")


class ContextFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()
        return True


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(request_id)s %(levelname)-7s %(message)s"))
handler.addFilter(ContextFilter())
log = logging.getLogger("app")
log.addHandler(handler)
log.setLevel(logging.DEBUG)


async def db_query(sql: str):
    log.debug("query: %s", sql)
    await asyncio.sleep(0.05)
    return [1, 2, 3]


async def handle(rid: str, name: str):
    request_id.set(rid)
    token = user.set(name)
    log.info("handling request for %s", user.get())
    rows = await db_query(f"SELECT * FROM orders WHERE user='{name}'")
    await asyncio.sleep(0.01 * len(name))
    log.info("returning %d rows", len(rows))
    user.reset(token)
    try:
        user.get()
    except LookupError:
        log.warning("user unset after reset")


async def main():
    log.info("server starting")
    await asyncio.gather(handle("req-1", "alice"), handle("req-2", "bob"), handle("req-3", "carol"))
    log.info("back in main: request_id=%s", request_id.get())
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "copied")
    print("in copy:", ctx[request_id], "outside:", request_id.get())
    print(sorted(v.name for v in ctx))


asyncio.run(main())
