# functools.wraps on async decorators (retry, timing), cached_property and lru_cache around coroutines, partial of asyncio.sleep.
import asyncio, functools, time
calls = []
def traced(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        start = asyncio.get_running_loop().time()
        try:
            return await fn(*args, **kwargs)
        finally:
            print(f'{fn.__qualname__}{args} took {asyncio.get_running_loop().time() - start:.2f}')
    return wrapper
def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        async def w(*a):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*a)
                except ValueError as e:
                    print('attempt', attempt, 'failed:', e)
                    await asyncio.sleep(0.1 * attempt)
            raise RuntimeError(f'{fn.__name__} gave up after {times}')
        return w
    return deco
state = {'n': 0}
@traced
@retry(3)
async def flaky(x):
    state['n'] += 1
    if state['n'] < 3: raise ValueError(f'boom {state["n"]}')
    return x * 2
@retry(2)
async def hopeless(): raise ValueError('never')
class Service:
    def __init__(self): self.loads = 0
    @functools.cached_property
    def config(self):
        self.loads += 1; return {'url': 'x'}
    @functools.lru_cache(maxsize=None)
    def compute(self, n): return n * n
async def main():
    print(await flaky(21), calls, flaky.__name__, flaky.__wrapped__.__name__, flaky.__wrapped__.__wrapped__.__name__)
    try:
        await hopeless()
    except RuntimeError as e:
        print(type(e).__name__, e)
    s = Service()
    await asyncio.gather(*(asyncio.sleep(0, s.config) for _ in range(3)))
    print(s.loads, s.compute(4), s.compute(4), Service.compute.cache_info())
    cached = functools.lru_cache(maxsize=1)(lambda x: asyncio.sleep(0.1, x))
    c1 = cached(1)
    print(await c1)
    try:
        await cached(1)
    except RuntimeError as e:
        print(type(e).__name__, e)
    p = functools.partial(asyncio.sleep, 0.2)
    print(await p('partial result'), asyncio.get_running_loop().time())
    pm = functools.partial(functools.partial(int, base=2), '101')
    print(pm(), pm.func, pm.args, pm.keywords)
    print(functools.reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
    key = functools.cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b))
    print(sorted(['bb', 'a', 'ccc', 'ab'], key=key))
    print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
    @functools.cache
    def fact(n): return n * fact(n - 1) if n else 1
    print(fact(20), fact.cache_info().misses)
asyncio.run(main())
