# An async generator abandoned by `break` is closed by a task the loop's
# finalizer hook schedules; asyncio.run cancels that task before its first
# step, so the generator sees CancelledError and then, at its cleanup's
# await, GeneratorExit (CPython 3.11's aclose() states). One still
# suspended when main returns is finalized the same way.
import asyncio


async def ticker(label):
    try:
        i = 0
        while True:
            yield i
            i += 1
            await asyncio.sleep(1)
    except BaseException as e:
        print(label, "got", type(e).__name__)
        raise
    finally:
        print(label, "cleanup", len(asyncio.all_tasks()))
        try:
            await asyncio.sleep(0)
        except BaseException as e:
            print(label, "cleanup interrupted", type(e).__name__)
            raise
        print(label, "cleanup done")


async def main():
    async for t in ticker("A"):
        print(t)
        if t == 2:
            break
    print("after break")
    g = ticker("B")
    await g.__anext__()
    print("main ends with live generator")


asyncio.run(main())
print("after run")


async def consumer():
    agen = ticker("C")
    print(await agen.__anext__())
    print(await agen.__anext__())
    del agen
    print("dropped")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("consumer end")


asyncio.run(consumer())
