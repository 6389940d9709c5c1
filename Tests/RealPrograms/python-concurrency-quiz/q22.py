# Source: https://github.com/cosmo-grant/python-concurrency-quiz/blob/819c345a8be309df221eb17b279aca20d8b651e4/questions/22/snippet.py
# (the snippets of Cosmo Grant's Python concurrency quiz, "what does this print?" questions on asyncio).
# Adapted: nothing; the file is unmodified below this header.
import asyncio


async def foo():
    print("in foo")


async def bar():
    print("in bar")


async def main():
    asyncio.create_task(foo())
    await asyncio.create_task(bar())


asyncio.run(main())
