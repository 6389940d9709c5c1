"""asyncio.subprocess: the constants and names of CPython's module; the
playground has no processes, so create_subprocess_exec/_shell raise the
subprocess module's PermissionError (unsupported.py)."""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

import subprocess as _subprocess

from .unsupported import create_subprocess_exec, create_subprocess_shell
from .protocols import SubprocessProtocol

PIPE = _subprocess.PIPE
STDOUT = _subprocess.STDOUT
DEVNULL = _subprocess.DEVNULL


class SubprocessStreamProtocol(SubprocessProtocol):
    """Named for code that subclasses it; no process ever connects."""

    def __init__(self, limit, loop):
        self._limit = limit
        self._loop = loop


class Process:
    """The object create_subprocess_* would return; never created here."""

    def __init__(self, transport, protocol, loop):
        raise TypeError('asyncio.subprocess.Process cannot be created in the '
                        'playground: there are no processes')
