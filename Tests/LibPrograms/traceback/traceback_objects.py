# traceback objects: types.TracebackType, tb_lineno/tb_next chain, sys.exc_info()[2]
import types
import sys
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, hasattr(tb, "tb_lineno"), hasattr(tb, "tb_frame"))
    import types
    print(types.TracebackType, isinstance(tb, types.TracebackType), isinstance(1, types.TracebackType))
def a():
    b()
def b():
    raise ValueError
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
