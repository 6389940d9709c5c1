import types
class Tick:
    def __await__(self):
        got = yield 'tick'
        return got * 2
async def inner():
    v = await Tick()
    return v + 1
async def outer():
    a = await inner()
    b = await inner()
    return [a, b]
c = outer()
print(type(c).__name__, c.send(None))
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print('result', e.value)
@types.coroutine
def legacy():
    x = yield 'legacy'
    return x
async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
try:
    u.send('L')
except StopIteration as e:
    print('legacy result', e.value)
async def agen():
    for i in range(3):
        yield i
        await Tick()
async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out
d = consume()
step = d.send(None)
while True:
    try:
        step = d.send(1)
    except StopIteration as e:
        print('async for', e.value)
        break
class ACtx:
    async def __aenter__(self): print('aenter'); return 'res'
    async def __aexit__(self, *a): print('aexit', a[0]); return False
async def with_ctx():
    async with ACtx() as r:
        print('inside', r)
    return [x async for x in agen() if x != 1]
w = with_ctx()
try:
    w.send(None)
    while True:
        w.send(0)
except StopIteration as e:
    print('comprehension', e.value)
done = outer()
done.close()
try:
    done.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
