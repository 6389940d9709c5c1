# Source: https://github.com/horw/Python_Concurrency_With_Asyncio/blob/fc6b29cc13ab2293540530af19f78bd386f77fcf/chapter_10/listing10_12.py
# (listings of "Python Concurrency with Asyncio" by Matthew Fowler, typed in by GitHub user horw).
# Adapted: the program runs as one file, so the helper it imports from the book's repository (chapter_10/listing10_11.py) is inlined (lines marked "adapted"); nothing else changed.
import asyncio
# from chapter_10.listing10_11 import CircuitBreaker  # adapted: inlined below
from datetime import datetime, timedelta  # adapted


class CircuitOpenException(Exception):  # adapted
    pass  # adapted


class CircuitBreaker:  # adapted

    def __init__(self,  # adapted
                 callback,  # adapted
                 timeout:float,  # adapted
                 time_window: float,  # adapted
                 max_failures: int,  # adapted
                 reset_interval:float):  # adapted
        self.callback = callback  # adapted
        self.timeout = timeout  # adapted
        self.time_window = time_window  # adapted
        self.max_failures = max_failures  # adapted
        self.reset_interval = reset_interval  # adapted
        self.last_request_time = None  # adapted
        self.last_failure_time = None  # adapted
        self.current_failures = 0  # adapted

    async def request(self, *args, **kwargs):  # adapted
        if self.current_failures >= self.max_failures:  # adapted
            if datetime.now() > self.last_request_time + timedelta(seconds=self.reset_interval):  # adapted
                self._reset('Circuit is going from open to closed, resetting!')  # adapted
                return await self._do_request(*args, **kwargs)  # adapted
            else:  # adapted
                print('Circuit is open, failing fast!')  # adapted
                raise CircuitOpenException  # adapted
        else:  # adapted
            if self.last_failure_time and datetime.now() > self.last_failure_time + timedelta(seconds=self.time_window):  # adapted
                self._reset('Interval since first failure elapsed, resetting!')  # adapted
            print('Circuit is closed, requesting!')  # adapted
            return await self._do_request(*args, **kwargs)  # adapted

    def _reset(self, msg:str):  # adapted
        print(msg)  # adapted
        self.last_failure_time = None  # adapted
        self.current_failures = 0  # adapted

    async def _do_request(self, *args, **kwargs):  # adapted
        try:  # adapted
            print('Making request!')  # adapted
            self.last_request_time = datetime.now()  # adapted
            return await asyncio.wait_for(self.callback(*args, **kwargs), timeout=self.timeout)  # adapted
        except Exception as e:  # adapted
            self.current_failures = self.current_failures + 1  # adapted
            if self.last_failure_time is None:  # adapted
                self.last_failure_time = datetime.now()  # adapted
            raise  # adapted



async def main():
    async def slow_callback():
        await asyncio.sleep(2)

    cb = CircuitBreaker(slow_callback,
                        timeout=1.0,
                        time_window=5,
                        max_failures=2,
                        reset_interval=5)
    for i in range(4):
        try:
            await cb.request()
        except Exception as e:
            pass

    print('Sleeping for 5 seconds so breaker closes...')
    await asyncio.sleep(5)

    for _ in range(4):
        try:
            await cb.request()
        except Exception as e:
            pass


asyncio.get_event_loop().run_until_complete(main())
