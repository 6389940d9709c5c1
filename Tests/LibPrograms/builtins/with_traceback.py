# Exception.with_traceback and __traceback__ assignment replace the chain
# that sys.exc_info() and the traceback module see.
import sys
import traceback


def where(tb):
    return [(f.name, f.lineno) for f in traceback.extract_tb(tb)]


def inner():
    return 1 / 0


def outer():
    return inner()


try:
    outer()
except ZeroDivisionError as err:
    print(where(err.__traceback__))
    same = err.with_traceback(err.__traceback__.tb_next)
    print(same is err)
    print(where(err.__traceback__))
    print(where(sys.exc_info()[2]))
    err.__traceback__ = None
    print(err.__traceback__, sys.exc_info()[2])
    try:
        err.with_traceback(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        err.__traceback__ = "tb"
    except TypeError as e:
        print("TypeError:", e)


def reraise():
    try:
        outer()
    except ZeroDivisionError as e:
        tb = e.__traceback__
    raise ValueError("wrapped").with_traceback(tb)


try:
    reraise()
except ValueError as e:
    print(where(e.__traceback__))
