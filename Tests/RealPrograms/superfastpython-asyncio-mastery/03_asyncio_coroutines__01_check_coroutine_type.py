# Source: https://github.com/SuperFastPython/PythonAsyncioMastery/blob/c9208f63d87d6ce7f7fc77aaa20d0496d4ee3c2b/src/03_asyncio_coroutines/01_check_coroutine_type.py
# (code of "Python Asyncio Mastery" by Jason Brownlee, SuperFastPython.com).
# Adapted: nothing; the file is unmodified below this header.
# SuperFastPython.com
# check the type of a coroutine

# define a coroutine
async def custom_coro():
    pass

# create the coroutine
coro = custom_coro()
# check the type of the coroutine
print(type(coro))
