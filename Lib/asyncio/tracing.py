"""Trace events: what the scheduler tells the VM about each run.

Only called when host.TRACING is true; every event is a kind plus a dict of
fields, and every dict carries "time" (the loop's virtual time). Tasks are
identified by "task" (a number unique within the run, so ids never repeat
even when names do) and "name". "coro" is the task's coroutine object itself
(not JSON: the VM follows its await chain to find the source line).

  spawn     task, name, coroutine, parent (task id of the creator or None),
            internal (True for asyncio.run's own shutdown tasks)
  resume    task, name, coro, throw (exception type thrown in, or None)
  suspend   task, name, coro, on (see below)
  rename    task, name -- set_name(); asyncio.create_task(name=...) creates
            the task as Task-N and renames it right after the spawn event
  wake      task, name, by (see below) -- the task was made ready
  clock     time, from -- virtual time jumped; "reset": True when a new
            loop starts at 0.0
  callback  callback (qualified name), timer (bool), internal (bool: an
            asyncio helper rather than user code)
  cancel    task, name, by, msg -- cancellation requested and accepted
  done      task, name, result (repr)
  raise     task, name, exception (type name), message, cancelled (bool)
  warning   warning ("exception-never-retrieved" | "pending-at-exit"), task,
            name, message -- emitted when the loop closes

`on` says what a suspended task awaits: {"kind": K, ...} with K one of
sleep (until), yield (sleep(0) or a bare yield), future, task (task,
task_id; timeout when wait_for waits), lock (holder, holder_id), event,
queue_get, queue_put, semaphore (value), condition, gather (tasks), wait
(tasks). `by` is {"task": name, "task_id": n} when a task did it, {"timer":
callback name, "when": t} inside a timer callback, {"callback": name} inside
another callback, or None outside the loop.
"""

from . import host
from . import events


def emit(loop, kind, fields):
    """Records one event stamped with the loop's virtual time."""
    fields['time'] = loop._now
    host.trace(kind, fields)


def task_ref(fut):
    """{"task": name, "task_id": n} for a task, {} for a plain future."""
    task_id = getattr(fut, '_id', None)
    if task_id is None:
        return {}
    return {'task': fut._name, 'task_id': task_id}


def actor(loop):
    """Who is acting right now: a task, a timer or another callback."""
    task = loop._current_task
    if task is not None:
        return {'task': task._name, 'task_id': task._id}
    handle = loop._running_handle
    if handle is None or handle._callback is None:
        return None
    name = events.callback_name(handle._callback)
    if isinstance(handle, events.TimerHandle):
        return {'timer': name, 'when': handle._when}
    return {'callback': name}


def is_internal(callback):
    # Plain asyncio functions only: a bound method (fut.set_result, a
    # helper object's method) counts as scheduled by the program, as the
    # native core decides too (AsyncioRuntime.isInternal).
    if getattr(callback, '__self__', None) is not None:
        return False
    module = getattr(callback, '__module__', None)
    return isinstance(module, str) and module.startswith('asyncio')


def _names(futures):
    return [fut._name for fut in futures
            if getattr(fut, '_id', None) is not None and not fut.done()]


def describe_blocker(kind, obj):
    """The `on` dict for a future a primitive created to wait on `obj`."""
    info = {'kind': kind}
    if kind == 'sleep':
        info['until'] = obj
    elif kind == 'lock':
        owner = obj._owner
        info['holder'] = owner._name if owner is not None else None
        info['holder_id'] = owner._id if owner is not None else None
    elif kind == 'semaphore':
        info['value'] = obj._value
    elif kind == 'task':
        inner, when = obj
        info.update(task_ref(inner))
        info['timeout'] = when
    elif kind == 'wait':
        info['tasks'] = _names(obj)
    return info


def describe(awaited):
    """The `on` dict for whatever a task's step yielded."""
    if awaited is None:
        return {'kind': 'yield'}
    describe_wait = getattr(awaited, '_wait_info', None)
    if describe_wait is None:
        return {'kind': 'future'}
    try:
        return describe_wait()
    except Exception as exc:
        # Describing must never break the program being traced.
        return {'kind': 'future', 'error': repr(exc)}


def leftover_warnings(loop, failed_tasks, pending_tasks):
    """Warnings CPython would log when these tasks are collected: a failed
    task whose exception nobody retrieved, a task still pending."""
    for task in failed_tasks:
        if task._log_tb:
            exc = task._exception
            emit(loop, 'warning', {
                'warning': 'exception-never-retrieved',
                'task': task._id, 'name': task._name,
                'message': f'Task exception was never retrieved: '
                           f'{type(exc).__name__}: {exc}'})
    for task in pending_tasks:
        emit(loop, 'warning', {
            'warning': 'pending-at-exit',
            'task': task._id, 'name': task._name,
            'message': 'Task was destroyed but it is pending!'})


def deadlock_graph(pending_tasks):
    """[{"task": name, "id": n, "on": {...}}] for every blocked task."""
    graph = []
    for task in pending_tasks:
        waiter = task._fut_waiter
        on = {'kind': 'ready'} if waiter is None else describe(waiter)
        graph.append({'task': task._name, 'id': task._id, 'on': on})
    return graph
