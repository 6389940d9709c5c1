import asyncio
import json
import unittest
from unittest import mock
from unittest.mock import (ANY, DEFAULT, AsyncMock, MagicMock, Mock,
                           NonCallableMock, PropertyMock, call, patch)


class Config:
    retries = 3

    @property
    def url(self):
        return "real"

    def load(self, path):
        return {"path": path}

    async def fetch(self, key):
        return key


# wraps: the real object answers, calls are still recorded
real = Config()
w = Mock(wraps=real)
print(w.load("a"), w.load.call_args)

# side_effect returning DEFAULT falls back to return_value
m = Mock(return_value="rv", side_effect=lambda *a: DEFAULT)
print(m(1))

# configure_mock, attach_mock and the parent's record of calls
parent = Mock()
child = Mock(return_value=5)
parent.attach_mock(child, "child")
parent.child(1)
parent.configure_mock(**{"other.return_value": 9, "name_attr": "x"})
print(parent.other(), parent.name_attr, parent.mock_calls, parent.method_calls)

# reset_mock keeps return_value unless asked
m = Mock(return_value=1)
m()
m.reset_mock()
print(m(), m.call_count)
m.reset_mock(return_value=True)
print(isinstance(m(), Mock))

# deleting attributes
m = Mock()
del m.gone
print(hasattr(m, "gone"))

# chained calls
kall = call(1).method(2).other(3)
print(kall.call_list())
m = MagicMock()
m(1).method(2).other(3)
print(m.mock_calls == kall.call_list())

# NonCallableMock
n = NonCallableMock()
try:
    n()
except TypeError as e:
    print("TypeError", "not callable" in str(e))
print(type(n.attr).__name__)

# PropertyMock
with patch.object(Config, "url", new_callable=PropertyMock) as url:
    url.return_value = "mocked"
    print(Config().url)
    Config().url = "set"
    print(url.mock_calls)
print(Config().url)

# patch.multiple and patch as a class decorator
with patch.multiple(Config, retries=7, load=DEFAULT) as values:
    print(Config.retries, sorted(values), type(values["load"]).__name__)
print(Config.retries)


@patch("json.dumps", return_value="{}")
class Patched(unittest.TestCase):
    def test_one(self, dumps):
        print("test_one", json.dumps([1]), dumps.call_count)

    def test_two(self, dumps):
        print("test_two", json.dumps([2]))

    def helper(self):
        return json.dumps([3])


res = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(Patched).run(res)
print(res.testsRun, res.wasSuccessful(), Patched("test_one").helper())

# spec from an instance: async methods become AsyncMocks
s = Mock(spec=Config())
print(type(s.fetch).__name__, type(s.load).__name__, s.retries is not None)
print(isinstance(s, Config), s.__class__ is Config)

# patch on an async function gives an AsyncMock


async def main():
    with patch.object(Config, "fetch") as fetch:
        fetch.return_value = "mocked"
        print(type(fetch).__name__, await Config().fetch("k"))
        fetch.assert_awaited_once_with("k")
        fetch.assert_called_once()
    am = AsyncMock()
    await am.method(1)
    await am.method(2)
    am.method.assert_has_awaits([call(1), call(2)])
    am.method.assert_any_await(2)
    try:
        am.method.assert_has_awaits([call(3)])
    except AssertionError as e:
        print(e)
    try:
        am.method.assert_any_await(9)
    except AssertionError as e:
        print(e)
    print(am.method.await_args_list, am.method.call_args_list)
    mm = MagicMock()
    mm.__aiter__.return_value = [1, 2, 3]
    print([x async for x in mm])

asyncio.run(main())

# call equality forms
print(call(1, a=2) == ((1,), {"a": 2}), call(1) == ("", (1,), {}), call.x(1) == ("x", (1,)))
print(call(ANY) == call(object()), mock.call_count if hasattr(mock, "call_count") else "n/a")
m = Mock()
m(1)
m(2)
m(3)
m.assert_has_calls([call(2), call(3)])
try:
    m.assert_has_calls([call(3), call(2)])
except AssertionError as e:
    print(e)
m.assert_has_calls([call(3), call(1)], any_order=True)
print(m.call_args_list == [call(1), call(2), call(3)], call(1) in m.call_args_list)
m = Mock(spec=["a"])
try:
    m.b
except AttributeError as e:
    print(e)
m.mock_add_spec(["b"])
print(type(m.b).__name__)
patcher = patch.dict("os.environ", {"KEY": "v"})
import os
patcher.start()
print(os.environ.get("KEY"))
patch.stopall()
print(os.environ.get("KEY"))
