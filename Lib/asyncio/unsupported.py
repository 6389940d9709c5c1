"""asyncio APIs that need threads, sockets or processes, which the sandbox
does not have: each raises NotImplementedError naming itself."""

__all__ = ('to_thread', 'run_coroutine_threadsafe', 'wrap_future',
           'open_connection', 'start_server', 'create_subprocess_exec',
           'create_subprocess_shell')


def _unavailable(name, reason):
    raise NotImplementedError(
        f'asyncio.{name}() is not available in the Interleave sandbox: {reason}')


async def to_thread(func, *args, **kwargs):
    _unavailable('to_thread', 'there are no threads')


def run_coroutine_threadsafe(coro, loop):
    _unavailable('run_coroutine_threadsafe', 'there are no threads')


def wrap_future(future, *, loop=None):
    _unavailable('wrap_future', 'there are no concurrent.futures')


async def open_connection(host=None, port=None, **kwargs):
    _unavailable('open_connection', 'there is no network')


async def start_server(client_connected_cb, host=None, port=None, **kwargs):
    _unavailable('start_server', 'there is no network')


async def create_subprocess_exec(program, *args, **kwargs):
    _unavailable('create_subprocess_exec', 'there are no processes')


async def create_subprocess_shell(cmd, **kwargs):
    _unavailable('create_subprocess_shell', 'there are no processes')
