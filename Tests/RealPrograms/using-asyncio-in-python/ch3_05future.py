# Source: https://github.com/renyalvarado/Using-Asyncio-in-Python---Exercises/blob/f558eb72fd30ed88aa8ccf88c2b601bd7c3995dc/using_asyncio/chapter03/05future.py
# Examples of "Using Asyncio in Python" by Caleb Hattingh (O'Reilly 2020), as typed in by Reny Alvarado while studying the book.
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def main(f: asyncio.Future) -> None:
    await asyncio.sleep(1)
    f.set_result("I have finished.")


loop = asyncio.get_event_loop()
fut = asyncio.Future()
print(f"fut: {fut.done()}")
loop.create_task(main(fut))
loop.run_until_complete(fut)
print(f"fut: {fut.done()}")
