# Objects kept alive only by failed tasks' exceptions (their tracebacks hold
# the frames) are finalized when the last reference goes, at that virtual
# time: before the loop jumps the clock to the next timer. Also weakref
# callbacks and weakref.finalize.
import asyncio, weakref
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, round(asyncio.get_event_loop().time() - T[0], 2) if asyncio._get_running_loop() else "-")
T = [0]
async def holder(n, d):
    r = R(n)
    await asyncio.sleep(d)
    raise KeyError(n)
async def main():
    T[0] = asyncio.get_running_loop().time()
    try:
        await holder("x", 0.1)
    except KeyError as e:
        print("caught", e)
    print("after except")
    fut = asyncio.get_running_loop().create_future()
    r = R("cb")
    fut.add_done_callback(lambda f, r=r: print("cb ran", r.n))
    del r
    asyncio.get_running_loop().call_later(0.1, fut.set_result, 1)
    await fut
    print("fut done")
    del fut
    print("fut deleted")
    tasks = [asyncio.create_task(holder(f"t{i}", 0.1 * i)) for i in range(1, 2)]
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(res)
    del tasks, res
    print("dropped results")
    w = R("weak")
    wr = weakref.ref(w, lambda ref: print("weak cb"))
    fin = weakref.finalize(R("fin"), print, "finalized")
    await asyncio.sleep(0.1)
    del w
    print("after del w")
    q = asyncio.Queue()
    await q.put(R("q"))
    item = await q.get()
    del item
    print("after q")
    await asyncio.sleep(0.1)
    print("end")
asyncio.run(main())
