"""Statistics of a profile: the playground's profiles are empty (see
profile.py), so a Stats object holds no entries; its sorting and printing
methods chain as CPython's, and print_stats() writes profile's note to
stderr."""

import sys
from enum import Enum as _Enum

__all__ = ['Stats', 'SortKey', 'FunctionProfile', 'StatsProfile']


class SortKey(str, _Enum):
    CALLS = 'calls'
    CUMULATIVE = 'cumulative'
    FILENAME = 'filename'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time'


class Stats:
    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        self.stats = {}
        self.total_calls = 0
        self.prim_calls = 0
        self.total_tt = 0
        self.files = []

    def add(self, *arg_list):
        return self

    def dump_stats(self, filename):
        raise PermissionError(f'cannot write {filename!r}: the playground has '
                              'no writable files')

    def strip_dirs(self):
        return self

    def sort_stats(self, *field):
        return self

    def reverse_order(self):
        return self

    def print_stats(self, *amount):
        from profile import _NOTE
        print(_NOTE, file=sys.stderr)
        return self

    def print_callers(self, *amount):
        return self.print_stats()

    def print_callees(self, *amount):
        return self.print_stats()

    def get_stats_profile(self):
        return StatsProfile(0.0, {})


class FunctionProfile:
    def __init__(self, ncalls, tottime, percall_tottime, cumtime,
                 percall_cumtime, file_name, line_number):
        self.ncalls = ncalls
        self.tottime = tottime
        self.percall_tottime = percall_tottime
        self.cumtime = cumtime
        self.percall_cumtime = percall_cumtime
        self.file_name = file_name
        self.line_number = line_number


class StatsProfile:
    def __init__(self, total_tt, func_profiles):
        self.total_tt = total_tt
        self.func_profiles = func_profiles
