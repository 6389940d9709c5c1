# A decorator that raises while being applied is reported at its own
# `@decorator` line, with carets under the decorator expression (CPython
# 3.11 locates each decorator call at the decorator), for functions,
# methods, stacked decorators (the innermost is applied first) and classes.
import sys
import traceback
from dataclasses import dataclass


def rejecting(func):
    raise ValueError(f"cannot decorate {func.__name__}")


def tagged(label):
    def apply(obj):
        if label == "bad":
            raise KeyError(label)
        obj.label = label
        return obj
    return apply


def show():
    """The traceback's frames in this file (with their source and caret
    lines) and its last line; library frames are left out."""
    lines = traceback.format_exc().splitlines()
    keep = True
    out = [lines[0]]
    for line in lines[1:-1]:
        if line.startswith('  File "'):
            path = line.split('"')[1]
            keep = path.endswith("decorator_frames.py")
            if keep:
                line = line.replace(path, path.rsplit("/", 1)[-1])
        if keep:
            out.append(line)
    out.append(lines[-1])
    print("\n".join(out))
    print("-----")


try:
    @rejecting
    def plain():
        pass
except ValueError:
    show()

try:
    @tagged("fine")
    @tagged(
        "bad")
    @staticmethod
    def stacked():
        pass
except KeyError:
    show()

try:
    class Holder:
        @tagged("ok")
        def method(self):
            pass

        @rejecting
        def broken(self):
            pass
except ValueError:
    show()

try:
    @tagged("outer")
    @rejecting
    class Decorated:
        pass
except ValueError:
    show()

try:
    @dataclass
    class Point:
        x: int = 0
        y: int
except TypeError:
    show()


@tagged("works")
def fine():
    return sys._getframe().f_back.f_lineno


print(fine.label, fine())
