# unittest.main() ends with sys.exit(not result.wasSuccessful()): when every
# test passes that is sys.exit(False), and the process exits with status 0.
import asyncio
import sys
import unittest
from unittest.mock import AsyncMock


async def retry_once(operation, sleep=asyncio.sleep):
    try:
        return await operation()
    except TimeoutError:
        await sleep(0.01)
        return await operation()


class RetryTests(unittest.IsolatedAsyncioTestCase):
    async def test_retries_after_timeout(self):
        operation = AsyncMock(side_effect=[TimeoutError("slow"), "ok"])
        sleep = AsyncMock()
        self.assertEqual(await retry_once(operation, sleep=sleep), "ok")
        self.assertEqual(operation.await_count, 2)
        sleep.assert_awaited_once_with(0.01)
        print("retried once")


class PlainTests(unittest.TestCase):
    def test_sum(self):
        self.assertEqual(sum([1, 2, 3]), 6)


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout))
