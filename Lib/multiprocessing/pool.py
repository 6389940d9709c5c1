"""multiprocessing.pool: pools of processes cannot start in the playground
(PermissionError, as multiprocessing.Pool)."""

from multiprocessing import _no_processes


class Pool:
    def __init__(self, *args, **kwargs):
        raise _no_processes('pool.Pool')
