# Source: written for Interleave's corpus in the style of "testing asyncio code with IsolatedAsyncioTestCase" tutorials (not from a public source)
# Adapted: nothing
import asyncio
import sys
import unittest
from unittest import mock


async def fetch_user(client, uid):
    data = await client.get(f"/users/{uid}")
    if data is None:
        raise KeyError(uid)
    return data["name"].title()


class FetchUserTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.client = mock.AsyncMock()

    async def test_returns_title_cased_name(self):
        self.client.get.return_value = {"name": "ada lovelace"}
        self.assertEqual(await fetch_user(self.client, 1), "Ada Lovelace")
        self.client.get.assert_awaited_once_with("/users/1")

    async def test_missing_user_raises(self):
        self.client.get.return_value = None
        with self.assertRaises(KeyError):
            await fetch_user(self.client, 2)

    async def test_timeout(self):
        async def slow(*a):
            await asyncio.sleep(10)
        self.client.get.side_effect = slow
        with self.assertRaises(TimeoutError):
            await asyncio.wait_for(fetch_user(self.client, 3), 0.1)

    async def test_name_is_title_cased(self):
        self.client.get.return_value = {"name": "bob"}
        self.assertEqual(await fetch_user(self.client, 4), "Bob")
        self.assertEqual(self.client.get.await_count, 1)


    @unittest.skip("not ready")
    async def test_skipped(self):
        pass


class SyncHelpersTests(unittest.TestCase):
    def test_sync_failure_is_reported(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})


if __name__ == "__main__":
    runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=2)
    suite = unittest.TestSuite([unittest.defaultTestLoader.loadTestsFromTestCase(FetchUserTests),
                                unittest.defaultTestLoader.loadTestsFromTestCase(SyncHelpersTests)])
    result = runner.run(suite)
    print("ok:", result.wasSuccessful(), len(result.failures), len(result.skipped))
    print(result.failures[0][0].id())
