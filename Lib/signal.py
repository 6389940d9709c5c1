"""Set handlers for asynchronous events (signals), as CPython 3.11's `signal`
on Linux: the Signals/Handlers/Sigmasks enums with Linux's numbers,
signal()/getsignal(), raise_signal(), strsignal(), valid_signals().

The playground is one process with no outside world, so the only signals a
program ever receives are the ones it sends itself: `raise_signal(sig)` (or
`os.kill(os.getpid(), sig)`) runs the Python handler at once, before the
call returns, as CPython does at its next bytecode. A SIGINT left to
`default_int_handler` raises KeyboardInterrupt; a signal whose handler is
SIG_IGN, or whose default action is to ignore it, does nothing; any other
signal left at SIG_DFL ends the run with SystemExit(128 + signum) (a real
process would die without running `finally` blocks).

Under CPython (scripts/lib-harness.py) the calls go to the real `_signal`.
"""

import sys as _sys
from enum import IntEnum as _IntEnum

try:
    import _signal as _host
except ImportError:  # the Interleave VM
    _host = None

NSIG = 65

# Linux's numbers, in CPython's member order (by value, then name: the
# first name of a value is the member, later ones are aliases).
_SIGNALS = [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4),
    ('SIGTRAP', 5), ('SIGABRT', 6), ('SIGIOT', 6), ('SIGBUS', 7),
    ('SIGFPE', 8), ('SIGKILL', 9), ('SIGUSR1', 10), ('SIGSEGV', 11),
    ('SIGUSR2', 12), ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15),
    ('SIGSTKFLT', 16), ('SIGCHLD', 17), ('SIGCLD', 17), ('SIGCONT', 18),
    ('SIGSTOP', 19), ('SIGTSTP', 20), ('SIGTTIN', 21), ('SIGTTOU', 22),
    ('SIGURG', 23), ('SIGXCPU', 24), ('SIGXFSZ', 25), ('SIGVTALRM', 26),
    ('SIGPROF', 27), ('SIGWINCH', 28), ('SIGIO', 29), ('SIGPOLL', 29),
    ('SIGPWR', 30), ('SIGSYS', 31), ('SIGRTMIN', 34), ('SIGRTMAX', 64),
]

Signals = _IntEnum('Signals', _SIGNALS, module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)],
                    module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1),
                                 ('SIG_SETMASK', 2)], module=__name__)

for _name, _ in _SIGNALS:
    globals()[_name] = Signals[_name]
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
del _name, _

_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
    5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error',
    8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2',
    13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
    16: 'Stack fault', 17: 'Child exited', 18: 'Continued',
    19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)',
    22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded',
    26: 'Virtual timer expired', 27: 'Profiling timer expired',
    28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
    31: 'Bad system call',
}

# Signals whose default action leaves the process running.
_IGNORED_BY_DEFAULT = {17, 18, 19, 20, 21, 22, 23, 28}


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def _signum(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be "
                        "interpreted as an integer")
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    return signalnum


class _BuiltinIntHandler:
    """default_int_handler: raises KeyboardInterrupt (a builtin function in
    CPython, and printed as one)."""

    __name__ = __qualname__ = 'default_int_handler'

    def __call__(self, signalnum, frame, /):
        raise KeyboardInterrupt

    def __repr__(self):
        return '<built-in function default_int_handler>'


if _host is not None:
    default_int_handler = _host.default_int_handler
else:
    default_int_handler = _BuiltinIntHandler()

# The VM's handler table: SIGINT raises KeyboardInterrupt, SIGPIPE and
# SIGXFSZ are ignored (CPython sets both at startup), the rest default.
_handlers = {n: 0 for n in range(1, NSIG) if n not in (32, 33)}
_handlers[2] = default_int_handler
_handlers[13] = 1
_handlers[25] = 1


def signal(signalnum, handler, /):
    """Set the action for the given signal and return the previous one."""
    if _host is not None:
        handler = _host.signal(_enum_to_int(signalnum), _enum_to_int(handler))
        return _int_to_enum(handler, Handlers)
    num = _signum(_enum_to_int(signalnum))
    if not callable(handler) and handler not in (0, 1):
        raise TypeError('signal handler must be signal.SIG_IGN, '
                        'signal.SIG_DFL, or a callable object')
    if num in (9, 19) or num not in _handlers:
        raise OSError(22, 'Invalid argument')
    old = _handlers[num]
    _handlers[num] = handler if callable(handler) else int(handler)
    return _int_to_enum(old, Handlers)


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    if _host is not None:
        return _int_to_enum(_host.getsignal(_enum_to_int(signalnum)),
                            Handlers)
    return _int_to_enum(_handlers.get(_signum(_enum_to_int(signalnum))),
                        Handlers)


def raise_signal(signalnum, /):
    """Send a signal to the executing process: its handler runs now."""
    if _host is not None:
        _host.raise_signal(signalnum)
        return
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be "
                        "interpreted as an integer")
    if not 0 <= signalnum < NSIG or signalnum in (32, 33):
        raise OSError(22, 'Invalid argument')
    if signalnum:
        _deliver(int(signalnum))


def _deliver(num):
    handler = _handlers.get(num, 0)
    if callable(handler):
        handler(num, _sys._getframe(2))
    elif handler == 0 and num not in _IGNORED_BY_DEFAULT:
        _sys.stdout.flush()
        raise SystemExit(128 + num)


def strsignal(signalnum, /):
    """Return the system description of the given signal, or None."""
    if _host is not None:
        return _host.strsignal(_enum_to_int(signalnum))
    num = _signum(signalnum)
    if num >= 34:
        return f'Real-time signal {num - 34}'
    return _DESCRIPTIONS.get(num)


def valid_signals():
    """Return the set of valid signal numbers on this platform."""
    if _host is not None:
        numbers = _host.valid_signals()
    else:
        numbers = _handlers
    return {_int_to_enum(n, Signals) for n in numbers}


def siginterrupt(signalnum, flag, /):
    """Change system call restart behaviour (nothing to restart here)."""
    if _host is not None:
        _host.siginterrupt(_enum_to_int(signalnum), flag)
        return
    _signum(signalnum)


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Kept for programs that save and restore it; there are no fds, so
    only -1 (no wakeup fd) is accepted."""
    if _host is not None:
        return _host.set_wakeup_fd(fd, warn_on_full_buffer=warn_on_full_buffer)
    if fd != -1:
        raise ValueError(f'the fd {fd} must be in non-blocking mode')
    return -1


if _host is not None:
    for _name in ('alarm', 'pause', 'setitimer', 'getitimer', 'pthread_kill',
                  'pthread_sigmask', 'sigpending', 'sigwait', 'ITIMER_REAL',
                  'ITIMER_VIRTUAL', 'ITIMER_PROF', 'ItimerError'):
        globals()[_name] = getattr(_host, _name)
    del _name
