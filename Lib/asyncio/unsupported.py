"""asyncio APIs that need threads, sockets or processes, which the sandbox
does not have: each raises NotImplementedError naming itself."""

__all__ = ('open_connection', 'start_server', 'create_subprocess_exec',
           'create_subprocess_shell')


def _unavailable(name, reason):
    raise NotImplementedError(
        f'asyncio.{name}() is not available in the Interleave sandbox: '
        f'{reason}')


async def open_connection(host=None, port=None, **kwargs):
    _unavailable('open_connection', 'there is no network')


async def start_server(client_connected_cb, host=None, port=None, **kwargs):
    _unavailable('start_server', 'there is no network')


async def create_subprocess_exec(program, *args, **kwargs):
    _unavailable('create_subprocess_exec', 'there are no processes')


async def create_subprocess_shell(cmd, **kwargs):
    _unavailable('create_subprocess_shell', 'there are no processes')


class UnsupportedLoopMixin:
    """Event loop methods for I/O and executors, which a sandboxed
    virtual-time loop cannot offer: each raises NotImplementedError."""

    def _unsupported(self, name, reason):
        raise NotImplementedError(
            f'loop.{name}() is not available in the Interleave sandbox: '
            f'{reason}')

    def add_reader(self, fd, callback, *args):
        self._unsupported('add_reader', 'there are no file descriptors')

    def remove_reader(self, fd):
        self._unsupported('remove_reader', 'there are no file descriptors')

    def add_writer(self, fd, callback, *args):
        self._unsupported('add_writer', 'there are no file descriptors')

    def remove_writer(self, fd):
        self._unsupported('remove_writer', 'there are no file descriptors')

    async def getaddrinfo(self, host, port, **kwargs):
        self._unsupported('getaddrinfo', 'there is no network')

    async def create_connection(self, protocol_factory, host=None, port=None,
                                **kwargs):
        self._unsupported('create_connection', 'there is no network')

    async def create_server(self, protocol_factory, host=None, port=None,
                            **kwargs):
        self._unsupported('create_server', 'there is no network')

    async def subprocess_exec(self, protocol_factory, *args, **kwargs):
        self._unsupported('subprocess_exec', 'there are no processes')

    async def subprocess_shell(self, protocol_factory, cmd, **kwargs):
        self._unsupported('subprocess_shell', 'there are no processes')
