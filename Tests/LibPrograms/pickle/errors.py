# PicklingError/UnpicklingError and the other errors, with CPython's messages.
import io
import pickle
import re


def show(f, *args, **kwargs):
    try:
        print('ok', f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ':', re.sub(r' at 0x[0-9a-f]+', '', str(e)))


def outer():
    def inner():
        pass
    return inner


class Local:
    pass


def make_class():
    class Hidden:
        pass
    return Hidden


class BadReduce:
    def __reduce__(self):
        return 42


class ShortReduce:
    def __reduce__(self):
        return (BadReduce,)


class NotCallable:
    def __reduce__(self):
        return (1, ())


class NotTuple:
    def __reduce__(self):
        return (Local, [1])


print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
show(pickle.dumps, outer())
show(pickle.dumps, make_class())
show(pickle.dumps, lambda: 0)
show(pickle.dumps, BadReduce())
show(pickle.dumps, ShortReduce())
show(pickle.dumps, NotCallable())
show(pickle.dumps, NotTuple())
show(pickle.dumps, 1, 6)
show(pickle.dumps, 1, -1)
show(pickle.dumps, (i for i in range(2)))
show(pickle.dumps, 1, 4, buffer_callback=print)
show(pickle.loads, b'')
show(pickle.loads, b'\x80\x04')
show(pickle.loads, b'\xff')
show(pickle.loads, b'z')
show(pickle.loads, b'\x80\x09.')
show(pickle.loads, b'h\x05.')
show(pickle.loads, b'0.')
show(pickle.loads, b'e.')
show(pickle.loads, 'N.')
show(pickle.loads, b'\x80\x04\x95\x1b\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x07nothere\x94\x93\x94.')
show(pickle.loads, b'cno_such_module\nname\n.')
show(pickle.loads, b'\x80\x02c__builtin__\nxrange\nK\x03\x85R.')
show(pickle.loads, b'\x80\x02cexceptions\nValueError\nX\x01\x00\x00\x00x\x85R.')
show(pickle.loads, b'(lp0\nI1\naI2\na.')
show(pickle.loads, b'(S\'abc\'\np0\nS"d\\ne"\np1\ntp2\n.')
show(pickle.loads, b'N', )
show(pickle.load, io.BytesIO(b'K\x01.'))
