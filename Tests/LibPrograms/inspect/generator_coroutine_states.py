import asyncio, inspect, types
def g(n):
    total = 0
    for i in range(n):
        x = yield i
        total += x or 0
    return total
async def co(ev):
    local = 'here'
    await ev.wait()
    return local
async def ag():
    yield 1
    await asyncio.sleep(0)
    yield 2
@types.coroutine
def legacy():
    yield
    return 'legacy'
async def main():
    gen = g(3)
    print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
    print(next(gen), inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen), gen.gi_frame.f_lineno, gen.gi_running, gen.gi_yieldfrom, gen.gi_code.co_name)
    print(gen.send(10), gen.send(5))
    try:
        gen.send(1)
    except StopIteration as e:
        print('return', e.value, inspect.getgeneratorstate(gen), gen.gi_frame)
    ev = asyncio.Event()
    c = co(ev)
    print(inspect.getcoroutinestate(c), sorted(inspect.getcoroutinelocals(c)), c.cr_await, c.cr_running, c.cr_code.co_name, c.__name__, c.__qualname__)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c), sorted(inspect.getcoroutinelocals(c)), type(c.cr_await).__name__, c.cr_frame.f_lineno)
    ev.set()
    print(await t, inspect.getcoroutinestate(c), c.cr_frame)
    a = ag()
    print(inspect.isasyncgen(a), a.ag_running, a.ag_await, a.ag_frame.f_lineno if a.ag_frame else None, await a.__anext__(), await anext(a), await anext(a, 'done'))
    print(inspect.isgenerator(gen), inspect.iscoroutine(legacy()), inspect.isawaitable(legacy()), await legacy(), legacy.__name__)
    cc = co(ev)
    cc.close()
    print(inspect.getcoroutinestate(cc))
    try:
        await cc
    except RuntimeError as e:
        print('RuntimeError', e)
    gen2 = g(2); next(gen2)
    try:
        gen2.throw(ValueError('boom'))
    except ValueError as e:
        print('thrown', e, inspect.getgeneratorstate(gen2))
    gen3 = g(2); next(gen3); gen3.close(); print(inspect.getgeneratorstate(gen3))
    print(repr(g).split(' at ')[0], type(g(1)).__name__, type(co(ev)).__name__ if False else '', type(ag()).__name__)
asyncio.run(main())
