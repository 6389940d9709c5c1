"""Binding of synchronisation primitives to the loop that first uses them."""

from . import events


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


def current_task_or_none():
    """The running task, or None outside a task (for lock ownership)."""
    loop = events._get_running_loop()
    if loop is None:
        return None
    return loop._current_task
