# Coroutine-heavy: nested awaits, `yield from` delegation and a driver that
# sends values in, without asyncio (pure generator/coroutine machinery).
import types


@types.coroutine
def suspend(x):
    got = yield x
    return got + 1


async def leaf(i):
    v = await suspend(i)
    return v * 2


async def middle(i):
    a = await leaf(i)
    b = await leaf(a & 1023)
    return a + b


class Counter:
    def __init__(self):
        self.n = 0

    async def bump(self, k):
        self.n += k
        return self.n


async def top(n, counter):
    total = 0
    for i in range(n):
        total += await middle(i)
        total += await counter.bump(i & 7)
        total &= 0xFFFFFFF
    return total


def drive(coro):
    sent = None
    steps = 0
    while True:
        try:
            y = coro.send(sent)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        sent = y & 255


def gen_pipeline(n):
    def source():
        for i in range(n):
            x = yield i
            if x:
                yield x
    def relay():
        r = yield from source()
        return r
    g = relay()
    acc = 0
    for v in g:
        acc = (acc + v) % 1000003
    return acc


c = Counter()
print(drive(top(40000, c)))
print(c.n)
print(gen_pipeline(200000))
