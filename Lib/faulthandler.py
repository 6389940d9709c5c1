"""faulthandler (CPython 3.11's API): the sandbox's runs cannot crash the
process or hang past their limits, so there is nothing to dump; enabling is
remembered, the dump functions write what CPython writes for the current
thread (its traceback) to the given file, stderr by default."""

import sys

__all__ = ['enable', 'disable', 'is_enabled', 'dump_traceback',
           'dump_traceback_later', 'cancel_dump_traceback_later',
           'register', 'unregister']

_enabled = False


def _file(file):
    if file is None:
        file = sys.stderr
    if isinstance(file, int):
        if file == 1:
            return sys.stdout
        if file == 2:
            return sys.stderr
        raise PermissionError(f'faulthandler cannot write to file descriptor {file} '
                              'in the Interleave sandbox')
    return file


def enable(file=None, all_threads=True):
    """Install the fault handlers (no faults reach a program here)."""
    global _enabled
    _file(file)
    _enabled = True


def disable():
    """Uninstall the fault handlers."""
    global _enabled
    _enabled = False


def is_enabled():
    """Whether enable() was called (and disable() not since)."""
    return _enabled


def dump_traceback(file=None, all_threads=True):
    """Write the current thread's traceback, most recent call first."""
    out = _file(file)
    frame = sys._getframe(1)
    out.write('Current thread 0x%016x (most recent call first):\n' % 0x7f0000000000
              if all_threads else 'Stack (most recent call first):\n')
    while frame is not None:
        code = frame.f_code
        out.write(f'  File "{code.co_filename}", line {frame.f_lineno} in {code.co_name}\n')
        frame = frame.f_back


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Accepted; a run never outlives its limits, so no dump is due."""
    if timeout <= 0:
        raise ValueError('timeout must be greater than 0')
    _file(file)


def cancel_dump_traceback_later():
    """Cancel a dump_traceback_later() (nothing is pending)."""


def register(signum, file=None, all_threads=True, chain=False):
    """Accepted: no signal reaches a sandboxed run."""
    _file(file)


def unregister(signum):
    """Nothing was registered for a signal."""
    return False
