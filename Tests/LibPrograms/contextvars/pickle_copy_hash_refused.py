# ContextVar, Token, Context and Token.MISSING cannot be copied or pickled;
# a Context is unhashable.
import asyncio
import contextvars
import copy
import pickle

var = contextvars.ContextVar('var', default=0)
token = var.set(1)
ctx = contextvars.copy_context()
for obj in (var, token, ctx, contextvars.Token.MISSING):
    for fn in (copy.copy, copy.deepcopy, pickle.dumps):
        try:
            fn(obj)
            print(fn.__name__, 'copied?')
        except TypeError as e:
            print(fn.__name__, 'TypeError:', e)
print(contextvars.Context.__hash__)
print(type(contextvars.Token.MISSING))
print(hash(var) == hash(var), {var: 1}[var])


async def main():
    # A copy of the context made inside a task still refuses to be pickled.
    inner = await asyncio.create_task(asyncio.sleep(0, contextvars.copy_context()))
    try:
        pickle.dumps(inner)
    except TypeError as e:
        print('in task:', e)
    print(inner[var])

asyncio.run(main())
