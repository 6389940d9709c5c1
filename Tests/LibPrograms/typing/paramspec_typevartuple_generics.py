# User generics over ParamSpec and TypeVarTuple: C[int, str] for a class
# whose only parameter is a ParamSpec, lists given for a ParamSpec become
# tuples, Generic[*Ts] / Generic[Unpack[Ts]] bases, Concatenate's checks.
import asyncio
from typing import Callable, Concatenate, Generic, ParamSpec, TypeVar, TypeVarTuple, Unpack

P = ParamSpec('P')
R = TypeVar('R')
Ts = TypeVarTuple('Ts')


class Job(Generic[P, R]):
    def __init__(self, fn: Callable[P, R]) -> None:
        self.fn = fn

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self.fn(*args, **kwargs)


class Hook(Generic[P]):
    pass


class Shape(Generic[Unpack[Ts]]):
    pass


async def run(job, *args):
    await asyncio.sleep(0.1)
    return job(*args)


async def main():
    job = Job(lambda n, s: s * n)
    print(await run(job, 3, 'ab'))
    print(Job[[int, str], str], Job[..., int], Job[P, int].__parameters__)
    print(Job[[int], str].__args__, Job[[], bool].__args__)
    print(Hook[int, str], Hook[[int, str]], Hook[int], Hook[...], Hook[P])
    print(Hook[int, str].__args__, Hook[Concatenate[int, P]], Hook[Concatenate[int, P]].__parameters__)
    print(Hook[int, str] == Hook[[int, str]])
    print(Shape[int, str], Shape[()], Shape[int], Shape.__parameters__, Unpack[Ts])
    for bad in (lambda: Job[[int]], lambda: Concatenate[int], lambda: Concatenate[int, str],
                lambda: Concatenate[()], lambda: Job[int, str, bool]):
        try:
            print(bad())
        except TypeError as e:
            print('TypeError:', e)


asyncio.run(main())
