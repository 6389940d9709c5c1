"""TaskGroup: tasks that finish together, with errors collected."""

__all__ = ('TaskGroup',)

from . import events
from . import exceptions
from . import tasks

try:
    import _interleave_asyncio as _native
except ImportError:
    # Under CPython (the test harness): the Python methods below.
    _native = None


class TaskGroup:
    """Async context manager owning tasks; the block waits for all of them.

    The first child that fails cancels its siblings and the body; all
    errors are raised together in an ExceptionGroup, in completion order
    (conformance 048, 049).
    """

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        # Children not yet done, in creation order (a dict used as a set).
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(
                f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if (exc is not None and self._is_base_error(exc) and
                self._base_error is None):
            self._base_error = exc
        propagate_cancellation_error = (
            exc if et is exceptions.CancelledError else None)
        if self._parent_cancel_requested:
            # The parent was cancelled by us (a child failed): that
            # cancellation is not to propagate unless someone else asked.
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
                self._on_completed_fut._blocker = ('wait', self._tasks)
            try:
                await self._on_completed_fut  # cpython: taskgroups.py:110
            except exceptions.CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error  # cpython: taskgroups.py:129
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error  # cpython: taskgroups.py:134
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                group = BaseExceptionGroup('unhandled errors in a TaskGroup',
                                           self._errors)
                raise group from None  # cpython: taskgroups.py:145
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        """Starts coro as a child task of the group."""
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")  # cpython: taskgroups.py:155
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._on_task_error(task, exc)

    def _on_task_error(self, task, exc):
        # A child failed: collect the error, cancel the rest and the parent.
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()

    # The pure-Python create_task is the reference; the VM's is native (the
    # same steps in Swift) and falls back to it (errors, contexts, a trace
    # or access log being recorded). While _on_task_done is this class's,
    # the native create_task gives the tasks a native version of it as
    # their done callback; the Python one stays the class attribute, which
    # exploration recognises as a commuting callback.
    _py_create_task = create_task
    if _native is not None:
        create_task = _native.TaskGroup_create_task


if _native is not None:
    _native.setup(taskgroup_class=TaskGroup)
