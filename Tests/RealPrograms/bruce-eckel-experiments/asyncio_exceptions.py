# Source: https://github.com/BruceEckel/python-experiments/blob/94dc9f1a5d6e3d5d501da69fe760cf15a12f6a84/asyncio-exceptions/src/exceptions.py
# (Bruce Eckel's python-experiments, companion code to his blog posts on concurrency).
# Adapted: the program runs as one file, so the modules it imports from the same folder (task.py, which imports obj.py) are inlined (lines marked "adapted"); nothing else changed.
# exceptions.py
import asyncio
# from task import task  # adapted: inlined below
# task.py  # adapted
import asyncio  # adapted
# from obj import Obj  # adapted: inlined below  # adapted
# obj.py  # adapted


class Obj:  # adapted
    def __init__(self, id: str) -> None:  # adapted
        self.id = id  # adapted
        print(f"{self}")  # adapted

    def __repr__(self):  # adapted
        return f"[{self.id}]"  # adapted

    def __del__(self):  # adapted
        print(f"~{self}")  # adapted


async def task(id: str, exception_type=None):  # adapted
    print(f"starting task({id}, {exception_type})")  # adapted
    o = Obj(id)  # adapted
    await asyncio.sleep(0.1)  # adapted
    op = Obj(id + "'")  # adapted
    if exception_type:  # adapted
        print(f"{id} Raising Exception {exception_type}")  # adapted
        raise exception_type(id)  # adapted
    await asyncio.sleep(0.1)  # adapted
    opp = Obj(id + "''")  # adapted
    print(f"~task({id}, {exception_type})" + f" containing {o}, {op} & {opp}")  # adapted
    return id  # adapted


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            task_args = {id: None for id in "ABCDEFG"}
            task_args["B"] = asyncio.CancelledError
            task_args["D"] = RuntimeError
            task_args["F"] = ZeroDivisionError
            for id in task_args:
                tg.create_task(task(id, task_args[id]), name=id)
    # except* asyncio.CancelledError as e:
    #     print(f"Exceptions: {e.exceptions}")
    except* RuntimeError as e:
        print(f"Exceptions: {e.exceptions}")
    except* ZeroDivisionError as e:
        print(f"Exceptions: {e.exceptions}")


asyncio.run(main())
