import queue, uuid, secrets, contextvars, copy, random, asyncio, os, string
q = queue.Queue(maxsize=2)
q.put(1); q.put_nowait(2)
print(q.full(), q.qsize(), q.get(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
pq = queue.PriorityQueue()
for x in [(2, "b"), (1, "a"), (3, "c")]:
    pq.put(x)
print([pq.get() for _ in range(3)], queue.LifoQueue().__class__.__name__, queue.SimpleQueue().empty())
q2 = queue.Queue()
q2.put("x"); q2.task_done() if False else None
print(q2.unfinished_tasks)
q2.get(); q2.task_done(); q2.join(); print("joined")
try:
    q2.task_done()
except ValueError as e:
    print("ValueError:", e)
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, str(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")), uuid.uuid3(uuid.NAMESPACE_URL, "x"))
print(uuid.UUID(bytes=b"\x00" * 16), uuid.UUID(int=1), u == uuid.UUID(u.hex), u < uuid.UUID(int=2**127), u.fields[:2], u.time_low)
try:
    uuid.UUID("nope")
except ValueError as e:
    print("ValueError:", e)
v4 = uuid.uuid4()
print(v4.version, len(str(v4)), isinstance(v4.int, int))
random.seed(3)
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), len(secrets.token_urlsafe(6)), secrets.randbelow(10) < 10, secrets.compare_digest("a", "a"), secrets.choice("ab") in "ab")
var = contextvars.ContextVar("var", default=0)
ctx = contextvars.copy_context()
tok = var.set(5)
print(var.get(), ctx.get(var), ctx.run(var.get), var.name, repr(tok.old_value))
var.reset(tok)
print(var.get())
try:
    var.reset(tok)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" at 0x")[0])
def in_ctx():
    var.set(99)
    return var.get()
c2 = contextvars.Context()
print(c2.run(in_ctx), var.get(), c2[var], var in c2, len(c2))
nodef = contextvars.ContextVar("nodef")
try:
    nodef.get()
except LookupError as e:
    print("LookupError:", repr(e).split(" at 0x")[0])
print(nodef.get("fallback"))
async def task_ctx(n):
    var.set(n)
    await asyncio.sleep(0.1)
    return var.get()
async def main():
    var.set(1)
    r = await asyncio.gather(task_ctx(10), task_ctx(20))
    return r, var.get()
print(asyncio.run(main()))
class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError("cannot pickle")
try:
    copy.deepcopy(NoCopy())
except TypeError as e:
    print("TypeError:", e)
import weakref
class W: pass
print(copy.copy(W).__name__, copy.deepcopy([1, (2, [3])]), copy.copy({1, 2}), copy.deepcopy(uuid.UUID(int=5)) == uuid.UUID(int=5))
print(os.sep, os.path.basename("/a/b.txt"), os.path.splitext("x.tar.gz"), os.getpid() > 0, os.cpu_count() > 0)
print(string.ascii_uppercase, len(string.printable))
