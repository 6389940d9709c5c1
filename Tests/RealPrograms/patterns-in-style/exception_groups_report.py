# Source: written for Interleave's corpus in the style of PEP 654 exception group tutorials (not from a public source)
# Adapted: nothing
import asyncio
import traceback


async def check(name: str, value: int):
    if value < 0:
        raise ValueError(f"{name}: negative value {value}")
    if value > 100:
        raise OverflowError(f"{name}: {value} too large")
    if value == 13:
        raise TypeError(f"{name}: unlucky")
    await asyncio.sleep(value / 100)
    return value


async def validate(data: dict):
    async with asyncio.TaskGroup() as tg:
        for k, v in data.items():
            tg.create_task(check(k, v))


def describe(eg, depth=0):
    print("  " * depth + f"{type(eg).__name__}: {eg}")
    for e in getattr(eg, "exceptions", []):
        describe(e, depth + 1)


async def main():
    data = {"a": 5, "b": -1, "c": 250, "d": 13, "e": -7}
    try:
        await validate(data)
    except ExceptionGroup as eg:
        describe(eg)
        match, rest = eg.split(ValueError)
        print("values:", [str(e) for e in match.exceptions])
        print("rest:", sorted(type(e).__name__ for e in rest.exceptions))
        sub = eg.subgroup(lambda e: isinstance(e, (TypeError, OverflowError)))
        print("subgroup size:", len(sub.exceptions))
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError("k")])])
    except* KeyError as eg:
        print("caught KeyError group:", repr(eg))
    except* ValueError as eg:
        print("caught ValueError group:", repr(eg))
    eg = BaseExceptionGroup("mixed", [ValueError("v"), KeyboardInterrupt()])
    print(type(eg).__name__, eg.derive([ValueError("x")]).message)
    lines = traceback.format_exception_only(ExceptionGroup("two", [ValueError(1), TypeError(2)]))
    print("".join(lines), end="")


asyncio.run(main())
