# Source: https://github.com/andribas404/probable-doodle/blob/19adef8feaa6c6b74e679d261a485f825eecd0c5/examples/1.py
# (andribas404's probable-doodle, an async-generator based as_completed with bounded capacity).
# Adapted: the program runs as one file, so the package it imports (probable_doodle/main.py) is inlined (lines marked "adapted"); nothing else changed.
# -*- coding: utf-8 -*-
"""Coroutine as_completed."""

import asyncio
# from probable_doodle import as_completed  # adapted: inlined below
# -*- coding: utf-8 -*-  # adapted
"""Coroutine as_completed."""  # adapted
import asyncio  # adapted
from collections.abc import AsyncGenerator  # adapted
from functools import partial  # adapted
import typing  # adapted
from typing import Any  # adapted

DEFAULT_CAPACITY = 32  # adapted


async def as_completed(agen: typing.AsyncGenerator, capacity=DEFAULT_CAPACITY) -> typing.AsyncGenerator:  # adapted
    """Coroutine as_completed.  # adapted

    Receive completed tasks as they are done.  # adapted
    """  # adapted
    async for item in Waiter(agen, capacity=capacity):  # adapted
        yield item  # adapted


class Waiter(AsyncGenerator):  # adapted
    """Waiter."""  # adapted

    def __init__(self, agen: typing.AsyncGenerator, *, capacity=DEFAULT_CAPACITY):  # adapted
        """Init Waiter."""  # adapted
        self.agen = agen  # adapted
        self.counter = asyncio.Queue(maxsize=capacity)  # adapted
        self.queue_out = asyncio.Queue()  # adapted
        self.tasks = dict()  # adapted

    def __aiter__(self):  # adapted
        """Async iter method."""  # adapted
        consume_task = asyncio.current_task()  # adapted
        produce_task = asyncio.create_task(self.produce())  # adapted
        cancel_callback = partial(Waiter.stop_consuming, consume_task)  # adapted
        produce_task.add_done_callback(cancel_callback)  # adapted
        return self  # adapted

    async def __anext__(self):  # adapted
        """Async next method."""  # adapted
        item = await self.queue_out.get()  # adapted
        self.queue_out.task_done()  # adapted
        return item  # adapted

    @staticmethod  # adapted
    def stop_consuming(consume_task: asyncio.Task, task_done):  # adapted
        try:  # adapted
            consume_task.get_coro().throw(StopAsyncIteration)  # adapted
        except StopIteration:  # adapted
            pass  # adapted

    async def produce(self):  # adapted
        """Produce method."""  # adapted
        async for item in self.agen:  # adapted
            await self.counter.put(0)  # adapted
            self.launch_task(item)  # adapted
        await self.counter.join()  # adapted
        await self.queue_out.join()  # adapted

    def launch_task(self, aw: typing.Awaitable):  # adapted
        task: asyncio.Task = asyncio.create_task(aw)  # adapted
        task.add_done_callback(self.done_task)  # adapted
        self.register_task(task)  # adapted

    def register_task(self, task: asyncio.Task):  # adapted
        task_name = task.get_name()  # adapted
        self.tasks[task_name] = task  # adapted

    def unregister_task(self, task: asyncio.Task):  # adapted
        task_name = task.get_name()  # adapted
        self.tasks.pop(task_name)  # adapted

    def done_task(self, task_done):  # adapted
        self.counter.get_nowait()  # adapted
        self.queue_out.put_nowait(task_done)  # adapted
        self.unregister_task(task_done)  # adapted
        self.counter.task_done()  # adapted

    def asend(self, value) -> typing.Awaitable:  # adapted
        """Asend method."""  # adapted

    def athrow(self, typ: typing.Type[BaseException], val: typing.Optional[BaseException] = ...,  # adapted
               tb: Any = ...) -> typing.Awaitable:  # adapted
        """Athrow method."""  # adapted

    def aclose(self) -> typing.Awaitable:  # adapted
        """Aclose method."""  # adapted


async def test_echo(msg):
    await asyncio.sleep(1)
    return msg

async def test_agen():
    for item in map(test_echo, "abc" * 10):
        yield item

async def main():
    async for item in as_completed(test_agen(), capacity=5):
        print(item)

asyncio.run(main())
