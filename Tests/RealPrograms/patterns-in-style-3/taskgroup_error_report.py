# Source: written for Interleave's corpus in the style of TaskGroup/except* error-handling tutorials (not from a public source)
# Adapted: nothing
import asyncio
import sys
import traceback


class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class FetchError(ConnectionError):
    pass


async def validate(record):
    await asyncio.sleep(0.01 * record["id"])
    if not record.get("name"):
        err = ValidationError("name", "missing")
        err.add_note(f"record id={record['id']}")
        raise err
    if record["id"] == 4:
        raise FetchError(f"upstream refused {record['id']}")
    return record["name"].title()


async def run_batch(records):
    results = {}
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = {r["id"]: tg.create_task(validate(r), name=f"validate-{r['id']}") for r in records}
    except* ValidationError as group:
        for exc in group.exceptions:
            print(f"  invalid -> {exc} notes={getattr(exc, '__notes__', [])}")
    except* ConnectionError as group:
        print(f"  connection problems: {len(group.exceptions)} {group.message!r}")
        for exc in group.exceptions:
            print("   ", type(exc).__name__, exc)
    else:
        results = {k: t.result() for k, t in tasks.items()}
    return results


async def main():
    ok = await run_batch([{"id": 1, "name": "ann"}, {"id": 2, "name": "bob"}])
    print("batch 1:", ok)
    bad = await run_batch([{"id": 1, "name": "ann"}, {"id": 2, "name": ""}, {"id": 4, "name": "dan"}])
    print("batch 2:", bad)

    eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
    match, rest = eg.split(ValueError)
    print(repr(match))
    print(repr(rest))
    print(eg.subgroup(lambda e: isinstance(e, KeyError)))
    print(len(eg.exceptions), str(eg), eg.derive([RuntimeError("x")]))

    try:
        raise ExceptionGroup("top", [ZeroDivisionError("zero"), ValueError("val")])
    except* ZeroDivisionError as g:
        print("caught zd", g.exceptions)
    except* ValueError as g:
        print("caught val", g.exceptions)

    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise KeyError("lookup failed") from e
    except KeyError:
        lines = traceback.format_exc().splitlines()
        print(lines[0])
        print([l for l in lines if not l.startswith("  ")])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(validate({"id": 3, "name": None}))
            tg.create_task(asyncio.sleep(1))
    except ExceptionGroup as eg2:
        print("plain except sees:", eg2.exceptions, eg2.exceptions[0].__notes__)
    print(traceback.format_exception_only(ValidationError("f", "p"))[0], end="")
    exc = ValueError("with note")
    exc.add_note("first")
    exc.add_note("second")
    print("".join(traceback.format_exception_only(exc)), end="")


asyncio.run(main())
