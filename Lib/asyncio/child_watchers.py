"""Child watchers (CPython 3.11's asyncio.unix_events API, deprecated in 3.12).

The sandbox has no processes, so a watcher never has a child to watch:
attaching it to a loop, entering it and closing it work as in CPython (old
recipes call `asyncio.get_child_watcher().attach_loop(loop)` when they set
up a loop), and registering a child raises NotImplementedError.
"""

__all__ = ('AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher',
           'PidfdChildWatcher', 'MultiLoopChildWatcher',
           'ThreadedChildWatcher', 'get_child_watcher', 'set_child_watcher')


class AbstractChildWatcher:
    """Interface of child watchers: they report the exit of subprocesses."""

    def add_child_handler(self, pid, callback, *args):
        raise NotImplementedError()

    def remove_child_handler(self, pid):
        raise NotImplementedError()

    def attach_loop(self, loop):
        raise NotImplementedError()

    def close(self):
        raise NotImplementedError()

    def is_active(self):
        raise NotImplementedError()

    def __enter__(self):
        raise NotImplementedError()

    def __exit__(self, exc_type, exc_value, exc_traceback):
        raise NotImplementedError()


class _SandboxChildWatcher(AbstractChildWatcher):
    """A watcher with nothing to watch: the sandbox starts no processes."""

    def __init__(self):
        self._loop = None

    def add_child_handler(self, pid, callback, *args):
        raise NotImplementedError(
            f'{type(self).__name__}.add_child_handler() is not available in '
            f'the Interleave sandbox: there are no processes')

    def remove_child_handler(self, pid):
        return False

    def attach_loop(self, loop):
        self._loop = loop

    def close(self):
        self.attach_loop(None)

    def is_active(self):
        return True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_traceback):
        pass


class ThreadedChildWatcher(_SandboxChildWatcher):
    """CPython's default watcher (one thread per child)."""


class SafeChildWatcher(_SandboxChildWatcher):
    """Polls every child on SIGCHLD."""


class FastChildWatcher(_SandboxChildWatcher):
    """Reaps every terminated process on SIGCHLD."""


class MultiLoopChildWatcher(_SandboxChildWatcher):
    """Works with loops in any thread."""


class PidfdChildWatcher(_SandboxChildWatcher):
    """Polls process file descriptors (Linux 5.3+)."""


def get_child_watcher():
    """The current policy's child watcher."""
    from .events import get_event_loop_policy
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    """Sets the current policy's child watcher."""
    from .events import get_event_loop_policy
    return get_event_loop_policy().set_child_watcher(watcher)
