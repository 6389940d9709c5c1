from unittest import mock
from unittest.mock import Mock, MagicMock, AsyncMock, patch, call, ANY, sentinel
import asyncio

m = Mock()
m.foo.bar(4)
m().baz(5)
m(1, 2, a=3)
print(m.call_args, m.call_args_list, m.call_count, m.called)
print(m.mock_calls)
print(m.method_calls)
print(m.call_args.args, m.call_args.kwargs)
args, kwargs = m.call_args
print(args, kwargs)
m.assert_called_with(1, 2, a=3)
try:
    m.assert_called_with(1)
except AssertionError as e:
    print(e)
try:
    m.assert_called_once_with(1)
except AssertionError as e:
    print(e)
try:
    m.foo.assert_not_called()
except AssertionError as e:
    print(e)
try:
    m.foo.bar.assert_called_once_with(5)
except AssertionError as e:
    print(e)
try:
    Mock(name='x').assert_called_with(3)
except AssertionError as e:
    print(e)
try:
    m.assert_called_oncee()
except AttributeError as e:
    print(e)
m.assert_any_call(1, 2, a=ANY)
try:
    m.assert_any_call(9)
except AssertionError as e:
    print(e)
m.assert_has_calls([call.foo.bar(4), call()])
try:
    m.assert_has_calls([call.foo.bar(5)])
except AssertionError as e:
    print(e)
try:
    m.assert_has_calls([call.foo.bar(5), call(1,2,a=3)], any_order=True)
except AssertionError as e:
    print(e)
print(call(1) == call(1), call(1) == call(2), call.a(1) == call.b(1), call(1, x=ANY) == call(1, x=5))
m.side_effect = [1, 2, ValueError('boom')]
print(m(), m())
try: m()
except ValueError as e: print('raised', e)
try: m()
except StopIteration: print('stop')
m.side_effect = KeyError
try: m()
except KeyError as e: print('keyerror', repr(e))
m.side_effect = lambda x: x * 2
print(m(21))
m.side_effect = None
m.return_value = 'rv'
print(m())
m.reset_mock()
print(m.call_count, m.mock_calls, m())
mm = MagicMock()
print(len(mm), [x for x in mm], bool(mm), 3 in mm, int(mm))
mm.__len__.return_value = 7
mm.__getitem__.side_effect = lambda k: k * 2
mm.__iter__.return_value = [1, 2]
print(len(mm), mm[4], [x for x in mm])
with mm as x:
    print(x is mm.__enter__.return_value)
print(mm.mock_calls)
class Foo:
    def bar(self): return 1
    async def abar(self): return 2
    x = 3
s = Mock(spec=Foo)
print(isinstance(s, Foo))
try:
    s.nope
except AttributeError as e:
    print(e)
s.bar()
ss = Mock(spec_set=['a'])
try:
    ss.b = 1
except AttributeError as e:
    print(e)
m2 = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError})
print(m2.method())
am = AsyncMock(return_value=5)
async def main():
    r = await am(1)
    print(r, am.await_count, am.await_args, am.call_count)
    am.assert_awaited_once_with(1)
    am.assert_awaited()
    try:
        am.assert_awaited_with(2)
    except AssertionError as e:
        print(e)
    a2 = AsyncMock(side_effect=[1, ValueError('v')])
    print(await a2())
    try:
        await a2()
    except ValueError as e:
        print('v', e)
    try:
        AsyncMock().assert_awaited()
    except AssertionError as e:
        print(e)
    try:
        AsyncMock(name='q').assert_not_awaited()
        q = AsyncMock(name='q'); await q(); await q(3)
        q.assert_not_awaited()
    except AssertionError as e:
        print(e)
    async def eff(x): return x + 100
    a3 = AsyncMock(side_effect=eff)
    print(await a3(1))
    mf = MagicMock()
    async with mf as v:
        print(type(v).__name__)
    pf = Mock(spec=Foo)
    print(type(pf.abar).__name__)
asyncio.run(main())
import json
with patch('json.dumps') as p:
    p.return_value = 'patched'
    print(json.dumps({}), p.call_args)
print(json.dumps({}))
@patch('json.loads')
@patch('json.dumps', return_value='x')
def f(md, ml):
    print(json.dumps(1), md is json.dumps, ml is json.loads)
f()
with patch.object(Foo, 'bar', return_value=42) as pb:
    print(Foo().bar(), pb.call_count)
print(Foo().bar())
d = {'a': 1}
with patch.dict(d, {'b': 2}, clear=True):
    print(d)
print(d)
@patch.dict(d, a=5)
def g():
    print(d)
g()
print(d)
p = patch('json.dumps', new=lambda x: 'new')
p.start(); print(json.dumps(3)); p.stop(); print(json.dumps(3))
try:
    with patch('json.nonexistent'): pass
except AttributeError as e:
    print(str(e).startswith("<module 'json'"), str(e).split(' does ')[1])
print(sentinel.foo, sentinel.foo is sentinel.foo, mock.DEFAULT)
print(repr(call), call.foo, call().foo(1), call(1).foo)
print(repr(m.foo).split(' id=')[0])
mp = MagicMock(name='mp')
mp.x.y().z
print(mp.x.y().z._extract_mock_name())
