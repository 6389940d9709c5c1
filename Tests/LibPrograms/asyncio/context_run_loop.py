# A loop run inside Context.run(): the main task works in a copy of that
# context (its changes stay in the task), its callbacks in copies of the
# task's; Context.run keyword arguments pass through.
import asyncio
import contextvars

v = contextvars.ContextVar('v', default='base')


async def main(tag):
    print(tag, 'sees', v.get())
    v.set(tag + '-changed')

    def cb():
        print('cb sees', v.get(), contextvars.copy_context()[v])
    asyncio.get_running_loop().call_soon(cb)
    await asyncio.sleep(0)
    inner = contextvars.Context()
    print('inner run', inner.run(v.get), inner.run(lambda: v.set('x') and v.get()), v.get())
    return v.get()


ctx = contextvars.Context()
ctx.run(v.set, 'ctx-value')
print(ctx.run(asyncio.run, main('a')), ctx[v])
print(asyncio.run(main('b')), v.get())
v.set('top')
with asyncio.Runner() as r:
    print(r.run(main('c')))
    v.set('top2')
    print(r.run(main('d')))
print(v.get())


def kw(a, *, b):
    return a + b + v.get()


print(ctx.run(kw, 'x', b='y'))
