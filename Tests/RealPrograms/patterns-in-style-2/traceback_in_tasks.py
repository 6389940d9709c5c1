# Source: written for Interleave's corpus in the style of "printing useful tracebacks from asyncio tasks" posts (not from a public source)
# Adapted: nothing
import asyncio
import sys
import traceback


class ServiceError(Exception):
    def __init__(self, service, code):
        super().__init__(f"{service} returned {code}")
        self.service = service
        self.code = code


async def call(service, code):
    await asyncio.sleep(0.1)
    if code >= 500:
        raise ServiceError(service, code)
    return code


async def orchestrate():
    try:
        await call("billing", 503)
    except ServiceError as e:
        raise RuntimeError("orchestration failed") from e


async def main():
    try:
        await orchestrate()
    except RuntimeError:
        print("".join(traceback.format_exc()), end="")
    results = await asyncio.gather(call("a", 200), call("b", 500), return_exceptions=True)
    for r in results:
        if isinstance(r, BaseException):
            print("".join(traceback.format_exception(r)), end="")
            print(traceback.format_exception_only(type(r), r))
        else:
            print("ok", r)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(call("x", 501))
            tg.create_task(call("y", 502))
    except* ServiceError as eg:
        for exc in eg.exceptions:
            traceback.print_exception(exc, file=sys.stdout)
        print(traceback.format_exception_only(eg))
    e = ServiceError("z", 599)
    e.add_note("retry later")
    try:
        raise e
    except ServiceError:
        traceback.print_exc(file=sys.stdout, limit=1)


asyncio.run(main())
