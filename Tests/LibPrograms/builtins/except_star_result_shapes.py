# What leaves a try/except* block: a naked exception is wrapped in a group
# of a tuple; a bare raise re-raises that group; exceptions a handler
# raises come before the unhandled rest of the original group.
try:
    raise ValueError("plain")
except* ValueError as eg:
    print(repr(eg), eg.exceptions)

try:
    try:
        raise ValueError("x")
    except* ValueError:
        raise
except BaseException as e:
    print("bare raise:", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except BaseException as e:
    print("raised + rest:", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("from handler")
except BaseException as e:
    print("mixed:", repr(e))

try:
    try:
        raise TypeError("naked")
    except* TypeError as eg:
        raise KeyError("replaced") from eg
except BaseException as e:
    print("naked replaced:", repr(e), repr(e.__cause__))
