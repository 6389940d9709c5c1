# Source: https://github.com/BruceEckel/python-experiments/blob/94dc9f1a5d6e3d5d501da69fe760cf15a12f6a84/cancellation/src/cancel_steps.py
# (Bruce Eckel's python-experiments, companion code to his blog posts on concurrency).
# Adapted: the program runs as one file, so the module it imports from the same folder (obj.py) is inlined (lines marked "adapted"); nothing else changed.
import asyncio
# from obj import Obj  # adapted: inlined below
# obj.py  # adapted


class Obj:  # adapted
    def __init__(self, id: str) -> None:  # adapted
        self.id = id  # adapted
        print(f"{self}")  # adapted

    def __repr__(self):  # adapted
        return f"[{self.id}]"  # adapted

    def __del__(self):  # adapted
        print(f"~{self}")  # adapted


async def suspend(id: str, delay: int):
    print(f"suspend({id}, {delay})")
    o = Obj(id)
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        print(f"CancelledError: {e}")
        print(f"{id} cancelled")
        raise  # Don't swallow it
    finally:
        print(f"{id} finally")
    print(f"{id} completed with {o}")


async def f():
    print("starting f()")
    await suspend("A", 8)
    print("ending f()")


async def main():
    task = asyncio.create_task(f())
    await asyncio.sleep(2)
    task.cancel("from main()")
    try:
        await task
    except asyncio.CancelledError:
        print("main(): f() cancelled")


asyncio.run(main())
