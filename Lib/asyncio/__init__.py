"""asyncio for Interleave: CPython 3.11's asyncio semantics on a virtual clock.

Pure Python, one concept per module as in CPython's Lib/asyncio. The event
loop never touches the OS: time is virtual (each loop starts at 0.0 and
jumps to the next timer when nothing is ready), and the VM observes the
scheduler through the hooks of host.py.
"""

from .base_events import BaseEventLoop, EventLoop
from .coroutines import iscoroutine, iscoroutinefunction
from .events import (AbstractEventLoop, AbstractEventLoopPolicy,
                     DefaultEventLoopPolicy,
                     Handle, TimerHandle, _get_running_loop,
                     _set_running_loop, get_event_loop,
                     get_event_loop_policy, get_running_loop, new_event_loop,
                     set_event_loop, set_event_loop_policy)
from .exceptions import (BrokenBarrierError, CancelledError,
                         IncompleteReadError, InvalidStateError,
                         LimitOverrunError, SendfileNotAvailableError,
                         TimeoutError)
from .futures import Future, isfuture
from .gathering import gather, shield
from .locks import (Barrier, BoundedSemaphore, Condition, Event, Lock,
                    Semaphore)
from .queues import LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull
from .runners import Runner, run
from .taskgroups import TaskGroup
from .tasks import Task, all_tasks, create_task, current_task, ensure_future
from .timeouts import Timeout, timeout, timeout_at
from .waiting import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                      as_completed, sleep, wait, wait_for)

from .executors import run_coroutine_threadsafe, to_thread, wrap_future
from .unsupported import create_subprocess_exec, create_subprocess_shell
from .child_watchers import (AbstractChildWatcher, FastChildWatcher,
                             MultiLoopChildWatcher, PidfdChildWatcher,
                             SafeChildWatcher, ThreadedChildWatcher,
                             get_child_watcher, set_child_watcher)
from .protocols import (BaseProtocol, BufferedProtocol, DatagramProtocol,
                        Protocol, SubprocessProtocol)
from .servers import Server
from .streams import (StreamReader, StreamReaderProtocol, StreamWriter,
                      open_connection, open_unix_connection, start_server,
                      start_unix_server)
from .transports import (BaseTransport, DatagramTransport, ReadTransport,
                         SubprocessTransport, Transport, WriteTransport)

# CPython's concrete loop class on Unix.
SelectorEventLoop = EventLoop

# As CPython 3.11's: TaskGroup (and 3.13's EventLoop) are attributes but
# not exported by `from asyncio import *`.
__all__ = (
    'AbstractEventLoop', 'AbstractEventLoopPolicy', 'ALL_COMPLETED',
    'Barrier', 'BaseEventLoop', 'BoundedSemaphore', 'BrokenBarrierError',
    'CancelledError', 'Condition', 'DefaultEventLoopPolicy', 'Event',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'Future', 'Handle',
    'IncompleteReadError', 'InvalidStateError', 'LifoQueue',
    'LimitOverrunError', 'Lock', 'PriorityQueue', 'Queue', 'QueueEmpty',
    'QueueFull', 'Runner', 'SelectorEventLoop', 'Semaphore',
    'SendfileNotAvailableError', 'Task', 'Timeout',
    'TimeoutError', 'TimerHandle', 'all_tasks', 'as_completed',
    'create_task', 'current_task', 'ensure_future', 'gather',
    'get_event_loop', 'get_event_loop_policy', 'get_running_loop',
    'iscoroutine', 'iscoroutinefunction', 'isfuture', 'new_event_loop',
    'run', 'set_event_loop', 'set_event_loop_policy', 'shield', 'sleep',
    'timeout', 'timeout_at', 'wait', 'wait_for', 'to_thread',
    'run_coroutine_threadsafe', 'wrap_future', 'open_connection',
    'start_server', 'create_subprocess_exec', 'create_subprocess_shell',
    'open_unix_connection', 'start_unix_server', 'StreamReader',
    'StreamWriter', 'StreamReaderProtocol', 'BaseProtocol', 'Protocol',
    'BufferedProtocol', 'DatagramProtocol', 'SubprocessProtocol', 'Server',
    'BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
    'DatagramTransport', 'SubprocessTransport',
    'get_child_watcher', 'set_child_watcher', 'AbstractChildWatcher',
    'SafeChildWatcher', 'FastChildWatcher', 'PidfdChildWatcher',
    'MultiLoopChildWatcher', 'ThreadedChildWatcher',
)


def __getattr__(name):
    # `asyncio.subprocess` without importing it, as CPython's package
    # (which imports it eagerly); loaded on first use here.
    if name == 'subprocess':
        from . import subprocess
        return subprocess
    raise AttributeError(f"module 'asyncio' has no attribute {name!r}")
