"""Deterministic profiling: not available in the playground.

A profile's numbers are the host's real timings, which the playground's
virtual clock does not provide, and its output could never match CPython's.
So the code still runs: run()/runctx()/Profile.runcall()/Profile.run*()
and `with Profile():` execute what they are given, and enable()/disable()
are accepted; the statistics are empty, and printing them writes a one-line
note to stderr (stdout keeps only the program's own output).
"""

import sys

__all__ = ['run', 'runctx', 'Profile']

_NOTE = ('profiling is not available in the Interleave playground '
         '(no real timings); the code ran without statistics')


class Profile:
    def __init__(self, timer=None, bias=None, *args, **kwargs):
        self.timer = timer
        self.stats = {}

    def enable(self, *args, **kwargs):
        pass

    def disable(self):
        pass

    def create_stats(self):
        self.stats = {}

    def snapshot_stats(self):
        self.stats = {}

    def print_stats(self, sort=-1):
        print(_NOTE, file=sys.stderr)

    def dump_stats(self, file):
        raise PermissionError(f'cannot write {file!r}: the playground has no '
                              'writable files')

    def getstats(self):
        return []

    def run(self, cmd):
        import __main__
        return self.runctx(cmd, __main__.__dict__, __main__.__dict__)

    def runctx(self, cmd, globals, locals):
        exec(cmd, globals, locals)
        return self

    def runcall(self, func, /, *args, **kw):
        return func(*args, **kw)

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


def run(statement, filename=None, sort=-1):
    profiler = Profile()
    profiler.run(statement)
    if filename is None:
        profiler.print_stats(sort)
    else:
        profiler.dump_stats(filename)


def runctx(statement, globals, locals, filename=None, sort=-1):
    profiler = Profile()
    profiler.runctx(statement, globals, locals)
    if filename is None:
        profiler.print_stats(sort)
    else:
        profiler.dump_stats(filename)
