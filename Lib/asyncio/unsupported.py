"""asyncio APIs that need processes or file descriptors, which the sandbox
does not have: the subprocess ones raise the subprocess module's
PermissionError, the others NotImplementedError naming themselves. (Sockets are
virtual: network.py and streams.py.)"""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')


def _unavailable(name, reason):
    raise NotImplementedError(
        f'asyncio.{name}() is not available in the Interleave sandbox: '
        f'{reason}')


def _no_processes(call):
    # The same PermissionError as the subprocess module's (_sandbox.py).
    from _sandbox import refuse
    refuse(call, 'a new process',
           'await the coroutine you wanted to run directly instead')


async def create_subprocess_exec(program, *args, **kwargs):
    _no_processes('asyncio.create_subprocess_exec')


async def create_subprocess_shell(cmd, **kwargs):
    _no_processes('asyncio.create_subprocess_shell')


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
        _no_processes('loop.subprocess_exec')

    async def subprocess_shell(self, protocol_factory, cmd, **kwargs):
        _no_processes('loop.subprocess_shell')
