# Source: https://github.com/SuperFastPython/PythonAsyncioMastery/blob/c9208f63d87d6ce7f7fc77aaa20d0496d4ee3c2b/src/04_asyncio_hello_world/04_hello_world_sleep_warning.py
# (code of "Python Asyncio Mastery" by Jason Brownlee, SuperFastPython.com).
# Adapted: nothing; the file is unmodified below this header.
# SuperFastPython.com
# hello world program for asyncio that tries to sleep
import asyncio

# define a coroutine
async def main():
    # block
    asyncio.sleep(1) # warning
    # report a message
    print('Hello world')

# start the asyncio event loop
asyncio.run(main())
