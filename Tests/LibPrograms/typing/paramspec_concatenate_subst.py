import asyncio
from typing import Callable, Concatenate, ParamSpec, TypeVar, Generic, Awaitable, get_args

P = ParamSpec('P')
R = TypeVar('R')
T = TypeVar('T')

Handler = Callable[Concatenate[str, P], Awaitable[R]]
print(Handler, Handler.__parameters__)
print(Handler[[int, float], bool], get_args(Handler[[int, float], bool]))
print(Handler[..., None], Handler[[], int])
print(Handler[Concatenate[bytes, P], R], Handler[Concatenate[bytes, P], R].__parameters__)

C = Callable[P, R]
for text in ['C[[int, str], bool]', 'C[..., int]', 'C[[], int]', 'C[int, bool]', 'C[P, int]',
             'Callable[Concatenate[int, P], R][[str], bool]', 'Callable[[T], R][int, str]',
             'Callable[Concatenate[T, P], R][int, [str, bytes], None]']:
    try:
        alias = eval(text)
        print(text, '->', alias, get_args(alias), alias.__parameters__)
    except TypeError as e:
        print(text, '-> TypeError', e)

print(hash(C[[int, str], bool]) == hash(Callable[[int, str], bool]), C[[int, str], bool] == Callable[[int, str], bool])
print(C[[int, str], bool].__args__)

def with_request(fn: Callable[P, Awaitable[R]]) -> Callable[Concatenate[str, P], Awaitable[R]]:
    async def inner(request: str, *args: P.args, **kwargs: P.kwargs) -> R:
        print('request', request)
        return await fn(*args, **kwargs)
    return inner

@with_request
async def total(a: int, b: int = 2) -> int:
    await asyncio.sleep(0.1)
    return a + b

async def main():
    print(await total('GET /sum', 3, b=4))

asyncio.run(main())
