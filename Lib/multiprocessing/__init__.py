"""Process-based parallelism, which the Interleave playground cannot offer.

The module imports, so a program that only imports it (or asks
cpu_count(), current_process(), parent_process(), active_children(), or
calls freeze_support()/set_start_method()) runs. Starting a process
(Process.start, Pool, Manager) or creating an object that lives between
processes (Queue, Pipe, Value, Array, the synchronisation primitives)
raises PermissionError naming the sandbox: there are no processes, and
threading, asyncio or concurrent.futures give a program concurrency here.
"""

import os as _os
from _sandbox import refusal as _refusal

__all__ = ['Process', 'current_process', 'active_children', 'parent_process',
           'freeze_support', 'cpu_count', 'Pool', 'Queue', 'SimpleQueue',
           'JoinableQueue', 'Pipe', 'Manager', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Value',
           'Array', 'set_start_method', 'get_start_method',
           'get_all_start_methods', 'get_context', 'ProcessError',
           'BufferTooShort', 'TimeoutError', 'AuthenticationError',
           'TimeoutError']

_INSTEAD = 'use threading, asyncio or concurrent.futures for concurrency'


def _no_processes(call):
    return _refusal(f'multiprocessing.{call}', 'other processes', _INSTEAD)


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


class BaseProcess:
    """A process object: it can be built and inspected, not started."""

    _counter = 0

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        BaseProcess._counter += 1
        self._identity = (BaseProcess._counter,)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs or {})
        self._name = name or f'{type(self).__name__}-{BaseProcess._counter}'
        self._daemonic = bool(daemon)
        self._started = False
        self.exitcode = None

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        raise _no_processes('Process.start')

    def join(self, timeout=None):
        assert self._started, 'can only join a started process'

    def is_alive(self):
        return False

    def terminate(self):
        pass

    kill = terminate

    def close(self):
        pass

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._daemonic = daemonic

    @property
    def pid(self):
        return None

    ident = pid

    def __repr__(self):
        status = 'initial'
        if self._daemonic:
            status += ' daemon'
        return '<%s name=%r %s>' % (type(self).__name__, self._name, status)


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._daemonic = False
        self._target = None
        self._started = True
        self.exitcode = None

    @property
    def pid(self):
        return _os.getpid()

    ident = pid

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_current = _MainProcess()


def current_process():
    return _current


def parent_process():
    return None


def active_children():
    return []


def cpu_count():
    count = _os.cpu_count()
    if count is None:
        raise NotImplementedError('cannot determine number of cpus')
    return count


def freeze_support():
    pass


_start_method = None


def set_start_method(method, force=False):
    global _start_method
    if method not in (None, 'fork', 'spawn', 'forkserver'):
        raise ValueError('cannot find context for %r' % method)
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    _start_method = method


def get_start_method(allow_none=False):
    if _start_method is None and not allow_none:
        return 'fork'
    return _start_method


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


class _Context:
    def __init__(self, method):
        self._name = method

    def get_start_method(self, allow_none=False):
        return self._name

    def __getattr__(self, name):
        return globals()[name]


def get_context(method=None):
    if method not in (None, 'fork', 'spawn', 'forkserver'):
        raise ValueError('cannot find context for %r' % method)
    return _Context(method or get_start_method())


def _refusing(name):
    def make(*args, **kwargs):
        raise _no_processes(name)
    make.__name__ = make.__qualname__ = name
    return make


for _name in ('Pool', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe',
              'Manager', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
              'Condition', 'Event', 'Barrier', 'Value', 'Array', 'RawValue',
              'RawArray'):
    globals()[_name] = _refusing(_name)
del _name
