"""A blocking call no other thread could ever complete, in a one-thread
program (queue, threading): the run ends as a deadlock naming it.

On the VM `_interleave.deadlock(graph)` records the wait graph and ends the
run; on CPython (the harness) the RuntimeError below is raised instead.
"""


def block_forever(graph, message):
    try:
        import _interleave
    except ImportError:
        _interleave = None
    hook = getattr(_interleave, 'deadlock', None)
    if hook is not None:
        hook(graph)
    raise RuntimeError(message)
