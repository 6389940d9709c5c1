# Source: https://github.com/cosmo-grant/python-concurrency-quiz/blob/819c345a8be309df221eb17b279aca20d8b651e4/questions/23/snippet.py
# (the snippets of Cosmo Grant's Python concurrency quiz, "what does this print?" questions on asyncio).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def foo():
    raise Exception


async def bar():
    await asyncio.sleep(3)
    print("here")


async def main():
    await asyncio.gather(foo(), bar())
    print("done")


asyncio.run(main())
