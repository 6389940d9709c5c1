#!/usr/bin/env python3
"""Run a program under CPython with Interleave's own pure-Python library.

usage: python3 scripts/lib-harness.py PROG.py

Interleave ships part of its standard library as Python source (Lib/, embedded
into the binary). Those modules must behave exactly like CPython's. This
harness checks that on CPython itself: a meta-path finder placed first makes
every module that exists in Lib/ (including packages such as asyncio, and
modules CPython builds in, such as itertools) load from Lib/ instead of from
CPython, then PROG runs as __main__. Native helper modules that only the
Interleave VM provides (for example `_interleave`) are absent here, so Lib/
code must fall back gracefully when importing them fails.
"""
import importlib.abc
import importlib.util
import os
import runpy
import sys

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Lib")


PLACEHOLDER = "# Not implemented yet"
# Lib/ modules that stand in for host facilities on the VM (files, threads,
# processes, TLS, I/O waits, bytecode, profiling, malloc tracing, interpreter
# shutdown, the import system): CPython keeps its own,
# which its import machinery (or its exit sequence, for atexit) needs.
HOST_MODULES = {"os", "posixpath", "atexit", "importlib", "_thread", "select", "encodings",
                "selectors", "subprocess", "ssl", "multiprocessing", "dis",
                "profile", "cProfile", "pstats", "tracemalloc"}


def is_placeholder(path):
    """A Lib/ stub that only raises ModuleNotFoundError on Interleave's VM:
    on CPython the real module is used instead."""
    try:
        with open(path, encoding="utf-8") as f:
            return f.read(len(PLACEHOLDER)) == PLACEHOLDER
    except OSError:
        return False


class LibFinder(importlib.abc.MetaPathFinder):
    """Finds modules in Lib/ before CPython's builtin and frozen importers."""

    def find_spec(self, name, path=None, target=None):
        parts = name.split(".")
        if parts[0] in HOST_MODULES:
            return None
        base = os.path.join(LIB, *parts)
        if os.path.isfile(os.path.join(base, "__init__.py")):
            if is_placeholder(os.path.join(base, "__init__.py")):
                return None
            return importlib.util.spec_from_file_location(
                name, os.path.join(base, "__init__.py"),
                submodule_search_locations=[base])
        if os.path.isfile(base + ".py"):
            if is_placeholder(base + ".py"):
                return None
            return importlib.util.spec_from_file_location(name, base + ".py")
        return None


def our_module_names():
    names = set()
    for entry in os.listdir(LIB):
        if entry.split(".")[0] in HOST_MODULES:
            continue
        if entry.endswith(".py"):
            if not is_placeholder(os.path.join(LIB, entry)):
                names.add(entry[:-3])
        elif os.path.isfile(os.path.join(LIB, entry, "__init__.py")) and \
                not is_placeholder(os.path.join(LIB, entry, "__init__.py")):
            names.add(entry)
    return names


def install_virtual_clock():
    """Serve `time` from Lib/_virtual_time.py, as the VM does, over a
    stand-in `_interleave_clock`: elapsed = every event loop's virtual clock
    (our pure-Python loops start at 0.0) plus blocking sleeps made outside a
    loop; time.sleep advances the running loop's clock (shared/DESIGN.md,
    "Clocks", the rules ../shared/conformance/oracle.py applies)."""
    import types
    from asyncio import base_events, events
    loops = []
    outside = [0.0]
    original_init = base_events._PyLoopCore.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        loops.append(self)

    base_events._PyLoopCore.__init__ = init
    clock = types.ModuleType("_interleave_clock")

    def elapsed():
        return outside[0] + sum(loop._now for loop in loops)

    def sleep(secs):
        if secs < 0:
            raise ValueError("sleep length must be non-negative")
        loop = events._get_running_loop()
        if loop is not None:
            loop._now += secs
        else:
            outside[0] += secs

    clock.elapsed = elapsed
    clock.sleep = sleep
    sys.modules["_interleave_clock"] = clock
    import _virtual_time
    sys.modules["time"] = _virtual_time


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: python3 scripts/lib-harness.py PROG.py\n")
        sys.exit(2)
    path = sys.argv[1]
    try:
        sys.stdout.reconfigure(encoding="utf-8")
    except Exception:
        pass
    ours = our_module_names()
    for name in list(sys.modules):
        if name.split(".")[0] in ours:
            del sys.modules[name]
    sys.meta_path.insert(0, LibFinder())
    install_virtual_clock()
    sys.argv = [path]
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    runpy.run_path(path, run_name="__main__")


if __name__ == "__main__":
    main()
