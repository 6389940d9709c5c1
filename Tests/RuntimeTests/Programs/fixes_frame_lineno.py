import asyncio
def gen():
    yield 1
    x = 2
    yield x
g = gen()
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
async def coro():
    await asyncio.sleep(0)
    return 1
async def main():
    t = asyncio.ensure_future(coro())
    await asyncio.sleep(0)
    print(t.get_coro().cr_frame.f_lineno)
    print(repr(t).split(" coro=")[1].split(":")[-1])
    print(type(t.get_coro().cr_frame).__name__, t.get_coro().cr_frame.f_code.co_name)
    await t
asyncio.run(main())
