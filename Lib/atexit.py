"""atexit: functions to call when the program ends (CPython 3.11's API).

Registered callbacks run newest first after the main module has finished
(also after an uncaught exception's traceback, or a SystemExit). An exception
in a callback is reported on stderr as 'Exception ignored in atexit callback'
and the others still run.

On the VM the runner's end-of-program hook calls weakref.finalize._exitfunc
(Sources/Runtime/VM/AtExitFinalizers.swift); importing this module makes that
hook run _run_exitfuncs() instead, and weakref registers its own finalizer
sweep here, so both run in CPython's order.
"""

import sys

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Registers func(*args, **kwargs) to run at exit; returns func (so it
    works as a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Removes every registration of func (compared with ==)."""
    _exithandlers[:] = [entry for entry in _exithandlers if not entry[0] == func]


def _clear():
    """Forgets every registered callback."""
    del _exithandlers[:]


def _ncallbacks():
    """How many callbacks are registered."""
    return len(_exithandlers)


def _run_exitfuncs():
    """Calls the registered callbacks, newest first, and forgets them."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    try:
        import traceback
        # From the callback's frame on, as CPython's C caller reports it.
        tb = exc.__traceback__
        tb = tb.tb_next if tb is not None and tb.tb_next is not None else tb
        text = ''.join(traceback.format_exception(type(exc), exc, tb))
    except Exception:
        text = '%s: %s\n' % (type(exc).__name__, exc)
    try:
        sys.stderr.write("Exception ignored in atexit callback: %r\n%s" % (func, text))
    except Exception:
        pass


def _install_exit_hook():
    # The VM's end-of-run hook calls weakref.finalize._exitfunc: route it
    # here (the finalizer sweep itself is registered as one callback).
    try:
        import _interleave  # noqa: F401  (only on the VM)
    except ImportError:
        return
    import weakref
    weakref._use_atexit(sys.modules[__name__])


_install_exit_hook()
