import asyncio, heapq, itertools, queue
from dataclasses import dataclass, field
@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
class Plain:
    def __init__(self, n): self.n = n
async def main():
    q = asyncio.PriorityQueue()
    c = itertools.count()
    for p, n in [(2, 'b'), (1, 'a'), (2, 'c'), (0, 'z')]:
        await q.put(Job(p, next(c), n))
    print(q, q.qsize())
    while not q.empty():
        print(q.get_nowait())
    q2 = asyncio.PriorityQueue()
    await q2.put((1, Plain(1)))
    await q2.put((1, Plain(2)))
    try:
        await q2.put((1, Plain(3)))
        print('no error?', q2.qsize())
    except TypeError as e:
        print('TypeError', e)
    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put(1); await lq.put(2)
    print(lq.full(), lq, lq.maxsize)
    try:
        lq.put_nowait(3)
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(await lq.get(), await lq.get())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    bq = asyncio.Queue(1)
    async def prod():
        for i in range(3):
            await bq.put(i); print('put', i, bq.qsize())
    async def cons():
        for _ in range(3):
            await asyncio.sleep(0.1); print('got', await bq.get()); bq.task_done()
    await asyncio.gather(prod(), cons())
    await bq.join()
    print('joined', bq._unfinished_tasks if hasattr(bq, '_unfinished_tasks') else '')
    try:
        bq.task_done()
    except ValueError as e:
        print('ValueError', e)
    try:
        await asyncio.wait_for(bq.get(), 0.5)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__, repr(e))
    h = []
    heapq.heappush(h, (1, Plain(1)))
    try:
        heapq.heappush(h, (1, Plain(2)))
    except TypeError as e:
        print('TypeError', e)
    try:
        heapq.heappop([])
    except IndexError as e:
        print('IndexError', e)
    print(heapq.nlargest(3, {'a': 5, 'b': 9, 'c': 1, 'd': 7}.items(), key=lambda kv: kv[1]))
    sq = queue.PriorityQueue()
    sq.put((2, 'x')); sq.put((1, 'y'))
    print(sq.get(), sq.queue, sq.maxsize, sq.unfinished_tasks)
asyncio.run(main())
