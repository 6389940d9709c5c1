"""gather() and shield(): futures that follow other futures."""

__all__ = ('gather', 'shield')

from . import events
from . import exceptions
from . import futures
from . import tasks


class _GatheringFuture(futures.Future):
    """The future gather() returns.

    cancel() cancels the children instead of the future itself, so the
    gather ends with CancelledError once they finish, yet cancelled() stays
    False (conformance 022).
    """

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_one = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_one = True
        if cancelled_one:
            self._cancel_requested = True
        return cancelled_one

    def _wait_info(self):
        names = [child._name for child in self._children
                 if getattr(child, '_id', None) is not None
                 and not child.done()]
        return {'kind': 'gather', 'tasks': names}


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the list of results, in argument order.

    Coroutines become tasks. Without return_exceptions the first exception
    (or a child's cancellation, as CancelledError) completes the gather while
    the other children keep running (conformance 023, 066); with it,
    exceptions take their place in the list.
    """
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    state = _GatherState(return_exceptions)
    arg_to_fut = {}
    children = []
    loop = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = tasks.ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            state.count += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(state.child_done)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    state.children = children
    state.outer = _GatheringFuture(children, loop=loop)
    return state.outer


class _GatherState:
    # The bookkeeping of one gather() call; child_done is each child's done
    # callback.

    def __init__(self, return_exceptions):
        self.return_exceptions = return_exceptions
        self.count = 0
        self.finished = 0
        self.children = None
        self.outer = None

    def child_done(self, fut):
        self.finished += 1
        outer = self.outer
        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception as retrieved.
                fut.exception()
            return
        if not self.return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if self.finished == self.count:
            results = []
            for child in self.children:
                if child.cancelled():
                    message = child._cancel_message
                    res = exceptions.CancelledError(
                        '' if message is None else message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)


# The pure-Python reference; the VM's gather is native (the same steps in
# Swift, one native done callback per gather) and falls back to this one.
_py_gather = gather

if futures._native is not None:
    gather = futures._native.gather
    futures._native.setup(gathering_future=_GatheringFuture,
                          gather_fallback=_py_gather)


def shield(arg):
    """A future that follows arg but whose cancellation leaves arg running
    (conformance 030)."""
    inner = tasks.ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()
    outer._blocker = ('task', (inner, None))

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer
