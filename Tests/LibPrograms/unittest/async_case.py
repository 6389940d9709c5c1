import asyncio
import sys
import unittest
from unittest import mock

events = []


class Service:
    async def fetch(self, x):
        await asyncio.sleep(1)
        return x * 2


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append("setUp")

    async def asyncSetUp(self):
        events.append("asyncSetUp")
        self.loop_time = asyncio.get_running_loop().time()
        self.addAsyncCleanup(self.cleanup, "async-cleanup")

    async def cleanup(self, tag):
        await asyncio.sleep(0)
        events.append(tag)

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")

    async def test_sleep(self):
        self.assertEqual(self.loop_time, 0.0)
        await asyncio.sleep(2)
        self.assertEqual(asyncio.get_running_loop().time(), 2.0)

    async def test_fetch(self):
        s = Service()
        self.assertEqual(await s.fetch(21), 42)

    async def test_mocked(self):
        with mock.patch.object(Service, "fetch", new_callable=mock.AsyncMock) as m:
            m.return_value = 7
            self.assertEqual(await Service().fetch(1), 7)
            m.assert_awaited_once_with(1)

    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertIn("x", "abc")

    def test_sync(self):
        events.append("sync")


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(AsyncTests).run(result)
print(result.testsRun, len(result.failures), len(result.errors))
for test, text in result.failures:
    print(test, text.strip().splitlines()[-1])
print(events)
unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout), defaultTest="AsyncTests.test_sleep", exit=False)
