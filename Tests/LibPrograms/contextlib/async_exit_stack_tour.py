import asyncio, contextlib, io, sys
from contextlib import AsyncExitStack, ExitStack, asynccontextmanager, contextmanager, suppress, redirect_stdout, redirect_stderr, closing, nullcontext, aclosing

@asynccontextmanager
async def res(name, log):
    log.append(f'open {name}')
    await asyncio.sleep(0.1)
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f'{name} saw {e!r}')
        raise
    finally:
        log.append(f'close {name}')

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print('swallowed', e)

class Closer:
    def close(self): print('closed!')

class ACl:
    async def aclose(self): print('aclosed!')

async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print('agen final')

async def main():
    log = []
    async with AsyncExitStack() as st:
        a = await st.enter_async_context(res('a', log))
        b = await st.enter_async_context(res('b', log))
        st.callback(log.append, 'cb')
        async def acb(x): log.append(f'acb {x}')
        st.push_async_callback(acb, 1)
        print(a, b)
    print(log)
    log.clear()
    try:
        async with res('c', log) as c:
            raise KeyError('k')
    except KeyError:
        print('reraised', log)
    with swallow():
        raise ValueError('v')
    with suppress(ZeroDivisionError, KeyError):
        1 / 0
    print('after suppress')
    buf = io.StringIO()
    with redirect_stdout(buf):
        print('captured')
        print('more', file=sys.stdout)
    print(repr(buf.getvalue()))
    e = io.StringIO()
    with redirect_stderr(e):
        print('err', file=sys.stderr)
    print(repr(e.getvalue()))
    with closing(Closer()) as c:
        pass
    async with contextlib.aclosing(ACl()):
        pass
    async with aclosing(agen()) as g:
        async for x in g:
            if x == 1: break
    with nullcontext(5) as v:
        print(v)
    async with nullcontext(6) as v:
        print(v)
    with ExitStack() as st:
        for i in range(3):
            st.callback(print, 'cb', i)
        st2 = st.pop_all()
    print('popped')
    st2.close()
    def exit_cb(*exc):
        print('exit_cb', exc[0].__name__ if exc[0] else None)
        return True
    with ExitStack() as st:
        st.push(exit_cb)
        raise RuntimeError('x')
    print('suppressed by push')
    try:
        with ExitStack() as st:
            st.callback(lambda: 1 / 0)
            raise KeyError('inner')
    except ZeroDivisionError as e:
        print('ZDE context', repr(e.__context__))
    @contextmanager
    def noyield():
        if False: yield
    try:
        with noyield(): pass
    except RuntimeError as e:
        print('RuntimeError', e)
    @contextmanager
    def twoyield():
        yield 1
        yield 2
    try:
        with twoyield(): pass
    except RuntimeError as e:
        print('RuntimeError', e)
    class CM(contextlib.ContextDecorator):
        def __enter__(self): print('enter'); return self
        def __exit__(self, *a): print('exit'); return False
    @CM()
    def decorated(): print('body')
    decorated()
    @swallow()
    def raises(): raise ValueError('deco')
    raises()
    print(isinstance(nullcontext(), contextlib.AbstractContextManager), issubclass(type(res('a', [])), contextlib.AbstractAsyncContextManager))
asyncio.run(main())
