# contextvars: ContextVar get/set/reset, defaults, tokens, copy_context,
# Context.run and mapping API, and asyncio: each task runs in a copy of its
# creator's context, callbacks run in the context they were scheduled in.
import asyncio
import contextvars

user = contextvars.ContextVar('user', default='nobody')
trace = contextvars.ContextVar('trace')
print(user.get(), user.name, trace.get('none'), repr(contextvars.Token.MISSING))
try:
    trace.get()
except LookupError as e:
    print('LookupError', type(e).__name__)
t1 = user.set('ann')
t2 = user.set('bob')
print(user.get(), t2.old_value, t1.old_value is contextvars.Token.MISSING, t2.var is user)
user.reset(t2)
print(user.get())
for bad in (lambda: user.reset(t2), lambda: trace.reset(t1), lambda: contextvars.ContextVar(5)):
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__)
ctx = contextvars.copy_context()
print(ctx[user], user in ctx, trace in ctx, len(ctx) >= 1, ctx.get(trace, 'dflt'))


def change():
    user.set('carol')
    return user.get()


print(ctx.run(change), user.get(), ctx[user])
empty = contextvars.Context()
print(len(empty), empty.run(user.get), list(empty.keys()))


async def worker(name, delay):
    print(name, 'starts as', user.get())
    user.set(name)
    await asyncio.sleep(delay)
    print(name, 'ends as', user.get())
    return user.get()


def callback(tag):
    print('callback', tag, 'sees', user.get())


async def main():
    user.set('main')
    task = asyncio.create_task(worker('w1', 0.2))
    user.set('main-later')
    results = await asyncio.gather(task, worker('w2', 0.1))
    print(results, 'main sees', user.get())
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, 'soon')
    snapshot = contextvars.copy_context()
    user.set('main-final')
    loop.call_later(0.01, callback, 'later-with-ctx', context=snapshot)
    await asyncio.sleep(0.05)
    t = asyncio.create_task(worker('w3', 0), context=snapshot)
    await t
    print('snapshot now', snapshot[user], 'main', user.get())


asyncio.run(main())
print('after run', user.get())
