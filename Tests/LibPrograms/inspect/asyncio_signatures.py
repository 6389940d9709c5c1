import asyncio
import inspect

names = ['sleep', 'gather', 'wait', 'wait_for', 'create_task', 'ensure_future', 'shield', 'as_completed',
         'current_task', 'iscoroutine', 'get_running_loop', 'to_thread', 'all_tasks']
for name in names:
    fn = getattr(asyncio, name)
    print(f'{name:14} {inspect.iscoroutinefunction(fn)!s:5} {inspect.signature(fn)}')

methods = [asyncio.Queue.get, asyncio.Queue.put, asyncio.Lock.acquire, asyncio.Lock.release, asyncio.Event.wait,
           asyncio.Event.set, asyncio.Condition.wait_for, asyncio.Condition.notify, asyncio.Semaphore.acquire,
           asyncio.TaskGroup.create_task]
for m in methods:
    print(f'{m.__qualname__:26} {inspect.signature(m)}')
print(inspect.signature(asyncio.Future))

async def main():
    q = asyncio.Queue()
    print(inspect.signature(q.put), inspect.signature(q.get), inspect.signature(asyncio.Event().wait))
    sig = inspect.signature(asyncio.sleep)
    bound = sig.bind(0.5, 'done')
    print(bound.arguments, await asyncio.sleep(*bound.args))
    try:
        sig.bind()
    except TypeError as e:
        print('TypeError', e)
    params = inspect.signature(asyncio.wait).parameters
    print([(p.name, p.kind.name, p.default) for p in params.values()])

asyncio.run(main())
