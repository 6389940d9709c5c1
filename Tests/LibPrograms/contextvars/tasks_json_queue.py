# contextvars across gathered tasks and call_soon contexts, a dataclass + str Enum + aware datetime through a JSONEncoder, queue.Queue task_done, asyncio.Queue limits, uuid and secrets.
import asyncio, contextvars, json, queue, uuid, secrets, logging, sys
from dataclasses import dataclass, asdict, field
from enum import Enum
from datetime import datetime, timedelta, timezone, date
user = contextvars.ContextVar("user", default="anon")
trace = contextvars.ContextVar("trace")
class Status(str, Enum):
    OK = "ok"
    FAIL = "fail"
@dataclass
class Result:
    id: int
    status: Status
    when: datetime
    tags: list = field(default_factory=list)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime, date)):
            return o.isoformat()
        if isinstance(o, Enum):
            return o.value
        return super().default(o)
async def handle(i):
    user.set(f"user{i}")
    trace.set([i])
    await asyncio.sleep(0.01 * (3 - i))
    ctx = contextvars.copy_context()
    return user.get(), trace.get(), len(list(ctx.keys())) >= 2, ctx[user]
async def main():
    res = await asyncio.gather(*(handle(i) for i in range(3)))
    print(res, user.get(), trace.get("none"))
    def cb():
        print("callback sees", user.get())
    user.set("main")
    loop = asyncio.get_running_loop()
    loop.call_soon(cb)
    ctx = contextvars.Context()
    loop.call_soon(cb, context=ctx)
    await asyncio.sleep(0)
    t = asyncio.create_task(handle(9), context=contextvars.copy_context()) if sys.version_info >= (3, 11) else None
    print(await t, user.get())
    r = Result(1, Status.OK, datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc), ["a"])
    s = json.dumps(asdict(r), cls=Enc, indent=2)
    print(s)
    back = json.loads(s)
    back["when"] = datetime.fromisoformat(back["when"])
    back["status"] = Status(back["status"])
    print(Result(**back) == r, Status.OK == "ok", json.dumps(Status.FAIL), f"{Status.OK}", str(Status.OK), repr(Status.OK))
    q = queue.Queue()
    for i in range(3):
        q.put(i)
    items = []
    while not q.empty():
        items.append(q.get())
        q.task_done()
    q.join()
    print(items, q.unfinished_tasks)
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    aq = asyncio.Queue(maxsize=1)
    await aq.put("x")
    print(aq.full(), repr(aq)[-28:], aq.qsize())
    try:
        aq.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", repr(asyncio.QueueFull()))
    aq.get_nowait()
    try:
        aq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    u = uuid.UUID(bytes=bytes(range(16)))
    print(u, u.variant, u.version, uuid.UUID("{00010203-0405-0607-0809-0a0b0c0d0e0f}") == u, uuid.NAMESPACE_DNS, uuid.uuid5(uuid.NAMESPACE_URL, "https://x"), str(uuid.UUID(int=0)), uuid.UUID(int=2**128-1))
    print(len(secrets.token_hex()), len(secrets.token_bytes()), secrets.token_hex(0), type(secrets.SystemRandom()).__name__, secrets.DEFAULT_ENTROPY if hasattr(secrets, "DEFAULT_ENTROPY") else "")
    print(json.dumps({"d": date(2024, 1, 1)}, default=str), json.dumps([1, [2, [3]]], indent=None), json.dumps({"a": "b"}, indent=0))
    print(json.dumps({"k": 1, "v": [True, None]}, separators=(", ", ": "), sort_keys=True))
    try:
        json.loads('{"a": }')
    except ValueError as e:
        print(type(e).__name__, e)
asyncio.run(main())
