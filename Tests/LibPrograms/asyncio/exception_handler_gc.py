# What happens to errors nobody awaits, as CPython reports them: a task or
# future freed with an exception nobody retrieved reaches the loop's
# exception handler when it is freed; a callback that raised reaches it at
# once; with logging configured, the default handler logs on 'asyncio'.
import asyncio
import gc
import logging
import sys


def handler(loop, context):
    exc = context.get('exception')
    extra = sorted(k for k in context if k not in ('message', 'exception'))
    message = context['message'].split(' at ')[0]  # no file paths
    print(f"handler: {message} | {exc!r} | {extra}")


async def failing(n):
    await asyncio.sleep(0.1 * n)
    raise RuntimeError(f'task {n} blew up')


async def with_handler():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = asyncio.create_task(failing(1))
    await asyncio.sleep(0.2)
    print('dropping the task')
    del t
    print('dropped')
    kept = asyncio.create_task(failing(1))
    await asyncio.sleep(0.2)
    print('retrieved:', repr(kept.exception()))
    del kept
    fut = loop.create_future()
    fut.set_exception(KeyError('lost'))
    del fut
    print('future dropped')
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    loop.call_exception_handler({'message': 'by hand', 'extra': 42})
    gc.collect()
    print('with_handler done')


asyncio.run(with_handler())

class FirstLines(logging.Handler):
    """Prints each record's first line, the repr in its future: line, and
    its exception (the full text has file paths)."""

    def emit(self, record):
        lines = record.getMessage().splitlines()
        future = [line.split(' coro=')[0] for line in lines if line.startswith('future:')]
        exc = record.exc_info[1] if record.exc_info else None
        print(f'{record.levelname} {record.name}: {lines[0]} {future} {exc!r}')


logging.basicConfig(level=logging.INFO, handlers=[FirstLines()])


async def with_logging():
    t = asyncio.create_task(failing(2))
    await asyncio.sleep(0.3)
    del t
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(ValueError('nobody looked'))
    del fut
    print('with_logging done')


asyncio.run(with_logging())
