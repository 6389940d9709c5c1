import asyncio, abc, inspect, weakref, typing, functools, traceback, sys, types, copy, operator, re, string, textwrap, uuid
from typing import Protocol, runtime_checkable, Callable, Awaitable, TypeVar, ParamSpec
P = ParamSpec('P'); R = TypeVar('R')
REGISTRY: dict[str, type] = {}
class Plugin(abc.ABC):
    name: typing.ClassVar[str]
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        if key: REGISTRY[key] = cls; cls.name = key
    @abc.abstractmethod
    async def handle(self, payload: dict) -> str: ...
def retry(times: int) -> Callable[[Callable[P, Awaitable[R]]], Callable[P, Awaitable[R]]]:
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*a: P.args, **k: P.kwargs) -> R:
            for i in range(times):
                try:
                    return await fn(*a, **k)
                except ValueError as e:
                    print(f'  retry {i + 1}/{times}: {e}')
                    await asyncio.sleep(0.1 * (i + 1))
            raise RuntimeError(f'{fn.__qualname__} failed after {times} tries')
        return wrapper
    return deco
class Upper(Plugin, key='upper'):
    async def handle(self, payload):
        return payload['text'].upper()
class Flaky(Plugin, key='flaky'):
    def __init__(self): self.calls = 0
    @retry(3)
    async def handle(self, payload):
        self.calls += 1
        if self.calls < 3: raise ValueError(f'call {self.calls}')
        return string.Template('$who ok').substitute(payload)
class Broken(Plugin, key='broken'):
    @retry(2)
    async def handle(self, payload):
        raise ValueError('always')
@runtime_checkable
class Handles(Protocol):
    async def handle(self, payload: dict) -> str: ...
async def main():
    print(sorted(REGISTRY), [c.name for c in REGISTRY.values()], isinstance(Upper(), Handles))
    print(inspect.signature(Flaky.handle), Flaky.handle.__wrapped__.__qualname__, inspect.iscoroutinefunction(Flaky.handle))
    live = weakref.WeakValueDictionary()
    results = {}
    for key in ['upper', 'flaky', 'broken']:
        inst = REGISTRY[key]()
        live[key] = inst
        try:
            results[key] = await inst.handle({'text': 'hi', 'who': 'me'})
        except RuntimeError as e:
            tb = traceback.extract_tb(e.__traceback__)
            results[key] = f'{type(e).__name__}: {e} [{tb[-1].name}]'
    print(results, sorted(live.keys()))
    try:
        class Bad(Plugin, key='bad'): pass
        Bad()
    except TypeError as e:
        print('TypeError', e)
    print(sorted(REGISTRY), operator.attrgetter('__name__')(Upper), re.sub(r'(?<!^)(?=[A-Z])', '_', 'FlakyPluginName').lower())
    ns = types.SimpleNamespace(**{k: v.__name__ for k, v in REGISTRY.items()})
    print(ns, copy.copy(ns) == ns, textwrap.shorten(repr(REGISTRY), 40))
asyncio.run(main())
