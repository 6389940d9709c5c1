# A pipeline of queues with several workers and a sentinel shutdown.
import asyncio


async def stage(name, inbox, outbox, delay):
    while True:
        item = await inbox.get()
        if item is None:
            inbox.task_done()
            if outbox is not None:
                await outbox.put(None)
            print(f'{name} stops at {asyncio.get_running_loop().time()}')
            return
        await asyncio.sleep(delay)
        print(f'{name} handled {item}')
        if outbox is not None:
            await outbox.put(item * 10)
        inbox.task_done()


async def main():
    q1 = asyncio.Queue(2)
    q2 = asyncio.Queue(1)
    s1 = asyncio.create_task(stage('double', q1, q2, 0.5))
    s2 = asyncio.create_task(stage('print', q2, None, 1))
    for i in range(5):
        await q1.put(i)
        print(f'queued {i} at {asyncio.get_running_loop().time()}')
    await q1.put(None)
    await asyncio.gather(s1, s2)
    await q1.join()
    print('all done at', asyncio.get_running_loop().time())


asyncio.run(main())
