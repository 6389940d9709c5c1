# Context variables seen by a logging filter across gathered tasks, child tasks, call_later/call_soon contexts and Context.run.
import asyncio, contextvars, logging, sys
request_id = contextvars.ContextVar('request_id', default='-')
user = contextvars.ContextVar('user')
class CtxFilter(logging.Filter):
    def filter(self, rec):
        rec.rid = request_id.get(); rec.user = user.get('anon'); return True
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter('%(rid)s/%(user)s %(levelname)s %(message)s')); h.addFilter(CtxFilter())
log = logging.getLogger('ctx'); log.addHandler(h); log.setLevel(logging.INFO); log.propagate = False
async def db(q):
    await asyncio.sleep(0.05)
    log.info('query %s', q)
async def handle(rid, who, delay):
    request_id.set(rid)
    if who: user.set(who)
    await asyncio.sleep(delay)
    await db(f'select {rid}')
    inner = asyncio.create_task(db('child'))
    request_id.set(rid + '!')
    await inner
    log.info('done')
    return contextvars.copy_context()
async def main():
    log.info('start')
    ctxs = await asyncio.gather(handle('r1', 'ann', 0.2), handle('r2', None, 0.1))
    log.info('end')
    print([sorted((k.name, v) for k, v in c.items()) for c in ctxs])
    c = ctxs[0]
    print(c.get(request_id), request_id in c, len(c) >= 2, list(c.keys())[0].name if False else '', c.run(request_id.get))
    loop = asyncio.get_running_loop()
    token = request_id.set('main-set')
    h1 = loop.call_later(0.1, lambda: log.info('callback'))
    request_id.reset(token)
    await asyncio.sleep(0.2)
    ctx = contextvars.Context()
    h2 = loop.call_soon(lambda: log.info('cb in empty ctx'), context=ctx)
    await asyncio.sleep(0)
    def set_in(v):
        request_id.set(v); return request_id.get()
    print(ctx.run(set_in, 'X'), ctx[request_id], request_id.get(), ctx.copy()[request_id])
    t = asyncio.create_task(db('ctx-task'), context=ctx); await t
    t2 = asyncio.create_task(db('ctx-task2')); print(t2.get_context() is not None if hasattr(t2, 'get_context') else 'noget'); await t2
asyncio.run(main())
print(request_id.get(), user.get(None))
