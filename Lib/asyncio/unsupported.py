"""asyncio APIs that need processes or file descriptors, which the sandbox
does not have: each raises NotImplementedError naming itself. (Sockets are
virtual: network.py and streams.py.)"""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')


def _unavailable(name, reason):
    raise NotImplementedError(
        f'asyncio.{name}() is not available in the Interleave sandbox: '
        f'{reason}')


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

    async def subprocess_exec(self, protocol_factory, *args, **kwargs):
        self._unsupported('subprocess_exec', 'there are no processes')

    async def subprocess_shell(self, protocol_factory, cmd, **kwargs):
        self._unsupported('subprocess_shell', 'there are no processes')
