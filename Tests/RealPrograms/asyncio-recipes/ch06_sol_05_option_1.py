# Source: https://github.com/Apress/asyncio-recipes/blob/f078242d4380407e483236695ebc49f3faf09e7f/chapter_06/sol_05_option_1.py
# ("asyncio Recipes", Apress 2019) by Mohamed Mustapha Tahrioui.
# Adapted: nothing; the file is unmodified below this header.
import asyncio
import contextvars
from contextvars import ContextVar

context = contextvars.copy_context()
context_var = ContextVar('key', default=None)


async def memory(context_var, value):
    old_value = context_var.get()
    context_var.set(value)
    print(old_value, value)


async def main():
    await asyncio.gather(*[memory(context_var, i) for i in range(10)])


asyncio.run(main())
