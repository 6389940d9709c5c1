# Source: https://github.com/mbrukman/a-conceptual-overview-of-asyncio/blob/890335edfb5ab18c9a42811f9613190b2c76fbcc/scrapyard/example-__await__.py
# ("A Conceptual Overview of asyncio", later a CPython HOWTO) by Alexander Nordin (anordin95), mirrored by mbrukman.
# Adapted: nothing; the file is unmodified below this header.
import asyncio

class Blah:
    def __await__(self):
        print("You are now entering __await__.")
        

async def func():
    b = Blah()
    await b

b = Blah()
b.__await__()