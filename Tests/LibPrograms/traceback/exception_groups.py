# traceback draws exception groups as nested boxes (CPython 3.11), with
# chained causes/contexts, notes, and the 15-member width limit.
import os
import traceback


def portable(text):
    out = []
    for line in text.splitlines():
        head, sep, rest = line.partition('File "')
        if sep:
            path, _, tail = rest.partition('"')
            line = f'{head}File "{os.path.basename(path)}"{tail}'
        out.append(line)
    return "\n".join(out)


def f(): raise ValueError("v")
def mk():
    excs = []
    for fn in (f, lambda: 1/0):
        try: fn()
        except Exception as e: excs.append(e)
    try:
        raise ExceptionGroup("inner", [KeyError("k")])
    except ExceptionGroup as e: excs.append(e)
    return ExceptionGroup("outer", excs)
try: raise mk()
except ExceptionGroup as e: print(portable(traceback.format_exc()))
eg = ExceptionGroup("no tb", [ValueError(1), ExceptionGroup("nested", [TypeError(2)])])
print(portable("".join(traceback.format_exception(eg))))
try:
    try: raise ValueError("ctx")
    except ValueError: raise ExceptionGroup("with ctx", [TypeError("t")])
except ExceptionGroup: print(portable(traceback.format_exc()))
try:
    raise ExceptionGroup("cause", [ExceptionGroup("c2", [ValueError(2)])]) from KeyError("k")
except ExceptionGroup: print(portable(traceback.format_exc()))
big = ExceptionGroup("many", [ValueError(i) for i in range(17)])
print(portable("".join(traceback.format_exception(big))))
e = ExceptionGroup("noted", [ValueError("a")]); e.add_note("a note")
print(portable("".join(traceback.format_exception(e))))
print(traceback.format_exception_only(e))
try:
    raise ExceptionGroup("x", [ValueError("v")])
except* ValueError as g:
    print(portable(traceback.format_exc()))

te = traceback.TracebackException.from_exception(big, max_group_width=2)
print("".join(te.format()))
deep = ValueError("leaf")
for i in range(4):
    deep = ExceptionGroup(f"level{i}", [deep])
print("".join(traceback.TracebackException.from_exception(deep, max_group_depth=2).format()))
traceback.print_exception(ExceptionGroup("printed", [KeyError("x")]), file=__import__("sys").stdout)
