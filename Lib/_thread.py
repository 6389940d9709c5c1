"""The low-level thread API, over the playground's one-thread `threading`
(see threading.py): start_new_thread() runs the function at once, to
completion, as if the new thread ran before the starting one went on; locks
are threading's, so a blocking acquire nobody could end is reported as a
deadlock."""

import sys as _sys
import threading as _threading

__all__ = ['allocate_lock', 'allocate', 'LockType', 'RLock', 'error',
           'get_ident', 'get_native_id', 'start_new_thread', 'start_new',
           'exit', 'exit_thread', 'interrupt_main', 'stack_size',
           'TIMEOUT_MAX', 'ExceptHookArgs']

error = RuntimeError
TIMEOUT_MAX = _threading.TIMEOUT_MAX
LockType = _threading._Lock
RLock = _threading._RLock
ExceptHookArgs = _threading.ExceptHookArgs
get_ident = _threading.get_ident
get_native_id = _threading.get_native_id
stack_size = _threading.stack_size
_local = _threading.local
_excepthook = _threading.excepthook


def allocate_lock():
    """A new, unlocked lock."""
    return LockType()


allocate = allocate_lock


def _count():
    """How many threads started through this module are running."""
    return len(_threading._running)


def exit():
    """Ends the calling thread (raises SystemExit)."""
    raise SystemExit


exit_thread = exit


def start_new_thread(function, args, kwargs=None, /):
    """Runs function(*args, **kwargs) as a new thread (at once, here) and
    returns its identifier. An exception other than SystemExit escaping it
    is reported on stderr, as CPython's unraisable hook does."""
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    if kwargs is None:
        kwargs = {}
    outcome = []

    def body():
        try:
            function(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            import traceback
            print(f'Exception ignored in thread started by: {function!r}',
                  file=_sys.stderr, flush=True)
            traceback.print_exception(type(exc), exc, exc.__traceback__,
                                      file=_sys.stderr)
        outcome.append(_threading.get_ident())

    thread = _threading.Thread(target=body, daemon=True)
    thread.start()
    return thread.ident


start_new = start_new_thread


def interrupt_main(signum=2, /):
    """Simulates the signal arriving at the main thread (SIGINT by default):
    with one thread, its handler runs now."""
    import signal
    signal.raise_signal(signum)
