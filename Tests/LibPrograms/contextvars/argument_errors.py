# The C-level argument errors of contextvars: ContextVar.set/reset take
# exactly one argument, Context.run needs a callable, a Context is
# read-only through [] outside run(), and none of the three types can be
# subclassed (their names carry the _contextvars module).
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='-')


def attempt(label, fn):
    try:
        print(label, '->', fn())
    except TypeError as e:
        print(label, '-> TypeError:', e)


async def handler(n):
    token = request_id.set(f'req-{n}')
    await asyncio.sleep(0.1 * n)
    seen = request_id.get()
    request_id.reset(token)
    return seen, request_id.get()


async def main():
    print(await asyncio.gather(handler(2), handler(1)))
    ctx = contextvars.copy_context()
    attempt('set()', lambda: request_id.set())
    attempt('set(a, b)', lambda: request_id.set('a', 'b'))
    attempt('reset()', lambda: request_id.reset())
    attempt('reset(t, t)', lambda: request_id.reset(None, None))
    attempt('run()', lambda: ctx.run())
    attempt('run(fn, kw)', lambda: ctx.run(lambda *a, **k: (a, k), 1, x=2))
    def assign():
        ctx[request_id] = 'x'
    def delete():
        del ctx[request_id]
    attempt('ctx[var] = v', assign)
    attempt('del ctx[var]', delete)
    attempt('ctx[5]', lambda: ctx[5])
    for base in (contextvars.Context, contextvars.ContextVar, contextvars.Token):
        try:
            type('Sub', (base,), {})
        except TypeError as e:
            print('subclass:', e)
    print(type(ctx).__module__, type(ctx).__name__, request_id.get())


asyncio.run(main())
