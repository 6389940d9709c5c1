# Source: written for Interleave's corpus in the style of debugging tutorials that print tracebacks to stdout (not from a public source)
# Adapted: nothing
import asyncio
import re
import sys
import traceback


async def leaf(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ValueError(f"odd leaf {n}")
    return n


async def branch():
    async with asyncio.TaskGroup() as tg:
        for i in range(4):
            tg.create_task(leaf(i))


def show(exc):
    for line in traceback.format_exception(exc):
        for sub in line.rstrip("\n").split("\n"):
            if "asyncio" in sub and "File" in sub:
                sub = re.sub(r'File "[^"]*"', 'File "..."', sub)
            print(sub)


async def main():
    try:
        await branch()
    except* ValueError as eg:
        show(eg)
    try:
        raise RuntimeError("outer") from ValueError("inner")
    except RuntimeError as e:
        show(e)
    try:
        try:
            {}["missing"]
        except KeyError:
            raise TypeError("during handling")
    except TypeError as e:
        show(e)
    traceback.print_exception(ValueError("no traceback"), file=sys.stdout)
    print("--- now uncaught ---")
    sys.stdout.flush()
    await branch()


asyncio.run(main())
