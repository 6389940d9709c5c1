# Source: https://github.com/cosmo-grant/python-concurrency-quiz/blob/819c345a8be309df221eb17b279aca20d8b651e4/questions/14/snippet.py
# (the snippets of Cosmo Grant's Python concurrency quiz, "what does this print?" questions on asyncio).
# Adapted: nothing; the file is unmodified below this header.
import asyncio
from time import sleep


async def io_bound():
    sleep(3)
    print("done")


async def main():
    await io_bound()
    await io_bound()
    print("here")


asyncio.run(main())
