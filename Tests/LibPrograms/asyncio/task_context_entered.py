# A running task's context is entered: Context.run on it (from the task,
# or from another task sharing it) raises RuntimeError.
import asyncio
import contextvars

v = contextvars.ContextVar('v')


async def inner(ctx, tag):
    try:
        ctx.run(lambda: None)
        print(tag, 'ran')
    except RuntimeError as e:
        print(tag, 'RuntimeError', str(e).startswith('cannot enter context: <_contextvars.Context object at'),
              str(e).endswith('is already entered'))
    other = contextvars.copy_context()
    print(tag, other.run(v.get, None), other == ctx)
    await asyncio.sleep(0)
    return tag


async def main():
    ctx = contextvars.copy_context()
    ctx.run(v.set, 1)
    print(await asyncio.create_task(inner(ctx, 'a'), context=ctx))
    print(await asyncio.gather(asyncio.create_task(inner(ctx, 'b'), context=ctx),
                               asyncio.create_task(inner(ctx, 'c'), context=ctx)))
    print(await asyncio.create_task(inner(ctx, 'd')))
    ctx.run(print, 'outside tasks', ctx[v])


asyncio.run(main())
