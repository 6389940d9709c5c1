# Source: https://github.com/BruceEckel/python-experiments/blob/94dc9f1a5d6e3d5d501da69fe760cf15a12f6a84/concurrent_failure/pattern_match_exceptions.py
# (Bruce Eckel's python-experiments, companion code to his blog posts on concurrency).
# Adapted: the program runs as one file, so the module it imports from the same folder (fallible.py) is inlined (lines marked "adapted"); nothing else changed.
import asyncio
# from fallible import fallible  # adapted: inlined below
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


async def main():
    tasks = [fallible(i) for i in range(8)]
    results = await asyncio.gather(
        *tasks, return_exceptions=True
    )

    for result in results:
        match result:
            case ValueError():
                print(f"Value Error: {result}")
            case TabError():
                print(f"Tab Error: {result}")
            case AttributeError():
                print(f"Attribute Error: {result}")
            case str(letter):
                print(f"Letter: {letter}")
            case _:
                print(f"Unexpected: {result}")


asyncio.run(main())
