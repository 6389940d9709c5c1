"""loop.add_signal_handler()/remove_signal_handler(), as CPython's unix
event loop (unix_events._UnixSelectorEventLoop) has them.

CPython installs a no-op Python handler and lets the C handler write the
signal number to the loop's self-pipe; the next loop pass reads the pipe
(a reader callback queued behind what is already ready) and that reader
queues the registered callback, which runs one pass later. Here the
signal's Python handler queues that reader step itself with call_soon, so
the callback runs at the same point of the loop's schedule.
"""

import sys

from . import coroutines
from . import events

__all__ = ()


def _signals():
    # Imported on first use: a program that never touches signals does
    # not pay for the signal module (and its enums) at asyncio's import.
    import signal
    return signal


class SignalLoopMixin:
    """The signal half of CPython's _UnixSelectorEventLoop."""

    def _signal_table(self):
        table = getattr(self, '_signal_handlers', None)
        if table is None:
            table = self._signal_handlers = {}
        return table

    def add_signal_handler(self, sig, callback, *args):
        """Add a handler for a signal. UNIX only.

        Raise ValueError if the signal number is invalid or uncatchable.
        Raise RuntimeError if there is a problem setting up the handler.
        """
        if (coroutines.iscoroutine(callback) or
                coroutines.iscoroutinefunction(callback)):
            raise TypeError("coroutines cannot be used "
                            "with add_signal_handler()")
        self._check_signal(sig)
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        table = self._signal_table()
        table[sig] = handle
        loop = self

        def _sighandler_noop(signum, frame):
            loop.call_soon(loop._read_signal, signum)

        _sighandler_noop.__qualname__ = '_sighandler_noop'
        _sighandler_noop.__module__ = __name__
        try:
            _signals().signal(sig, _sighandler_noop)
            _signals().siginterrupt(sig, False)
        except OSError as exc:
            del table[sig]
            if exc.errno == 22:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise

    def _read_signal(self, sig):
        # The self-pipe reader's step: queue the registered callback.
        handle = self._signal_table().get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
        elif not self.is_closed():
            self.call_soon(handle._callback, *handle._args)

    def remove_signal_handler(self, sig):
        """Remove a handler for a signal. UNIX only.

        Return True if a signal handler was removed, False if not.
        """
        self._check_signal(sig)
        try:
            del self._signal_table()[sig]
        except KeyError:
            return False
        if sig == _signals().SIGINT:
            handler = _signals().default_int_handler
        else:
            handler = _signals().SIG_DFL
        try:
            _signals().signal(sig, handler)
        except OSError as exc:
            if exc.errno == 22:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise
        return True

    def _check_signal(self, sig):
        """Internal helper to validate a signal."""
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in _signals().valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    def _remove_all_signal_handlers(self):
        # The unix loop's close() drops every handler it installed.
        if sys.is_finalizing():
            return
        for sig in list(getattr(self, '_signal_handlers', None) or ()):
            self.remove_signal_handler(sig)
