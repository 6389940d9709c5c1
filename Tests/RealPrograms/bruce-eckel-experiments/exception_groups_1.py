# Source: https://github.com/BruceEckel/python-experiments/blob/94dc9f1a5d6e3d5d501da69fe760cf15a12f6a84/concurrent_failure/exception_groups_1.py
# (Bruce Eckel's python-experiments, companion code to his blog posts on concurrency).
# Adapted: the program runs as one file, so the module it imports from the same folder (fallible.py) is inlined (lines marked "adapted"); nothing else changed.
# exception_groups_1.py
import asyncio
# from fallible import fallible, display  # adapted: inlined below
# fallible.py  # adapted
import asyncio  # adapted
from asyncio import CancelledError  # adapted
from pprint import pformat  # adapted


async def fallible(i: int) -> str:  # adapted
    await asyncio.sleep(0.1)  # adapted
    print(f"fallible({i})")  # adapted
    match i:  # adapted
        # Commenting all but '_' shows success.  # adapted
        case 1:  # adapted
            raise ValueError(f"VE[{i}]")  # adapted
        case 3:  # adapted
            raise TabError(f"TE[{i}]")  # adapted
        case 5 | 6:  # adapted
            raise AttributeError(f"AE[{i}]")  # adapted
        case _:  # adapted
            await asyncio.sleep(3)  # adapted
            # Convert number to letter:  # adapted
            return chr(ord("a") + i)  # adapted


def display(e: Exception, msg: str = ""):  # adapted
    print(f"{msg}{type(e).__name__}")  # adapted
    if not isinstance(e, CancelledError):  # adapted
        print(  # adapted
            f"  {pformat(e.args, indent= 2, width=47)}"  # adapted
        )  # adapted


async def main() -> None:
    tasks = []
    try:
        # raise RuntimeError("Outside TaskGroup")
        async with asyncio.TaskGroup() as tg:
            # raise RuntimeError("In TaskGroup")
            tasks = [
                tg.create_task(
                    fallible(i),
                    name=f"Task {i}",
                )
                for i in range(8)
            ]
        print("No exceptions")
    except Exception as e:
        display(e)
    finally:
        print("- Tasks Complete -")

    for t in tasks:
        print(
            f"{t.get_name()} -> "
            + f"cancelled[{t.cancelled()}]"
        )
        if not t.cancelled():
            try:
                # If it failed, t.result() raises
                print(f"\t{t.result()}")
            except Exception as e:
                display(e)


if __name__ == "__main__":
    asyncio.run(main())
