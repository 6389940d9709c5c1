# Capturing output: contextlib.redirect_stdout / redirect_stderr into a
# StringIO, replacing sys.stdout by hand, and checking what sys.stdout is.
import contextlib
import io
import sys


def noisy(n):
    for i in range(n):
        print(f'line {i}')
    sys.stdout.write('written directly\n')
    return n * 2


captured = io.StringIO()
with contextlib.redirect_stdout(captured) as target:
    result = noisy(3)
print(target is captured, result)
print(captured.getvalue().splitlines())

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print('to stderr', file=sys.stderr)
    sys.stderr.write('more\n')
print(repr(err.getvalue()))

saved = sys.stdout
sys.stdout = io.StringIO()
print('hidden')
text = sys.stdout.getvalue()
sys.stdout = saved
print('restored, captured', repr(text))
print(sys.stdout is sys.__stdout__)

print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase))
print(hasattr(sys.stdout, 'write'), sys.stdout.writable(), sys.stdout.encoding)


class Tee:
    def __init__(self, *streams):
        self.streams = streams

    def write(self, s):
        for st in self.streams:
            st.write(s)
        return len(s)

    def flush(self):
        pass


log = io.StringIO()
with contextlib.redirect_stdout(Tee(sys.stdout, log)):
    print('both places', 1, 2)
print('log has', repr(log.getvalue()))

nested = io.StringIO()
with contextlib.redirect_stdout(nested):
    inner = io.StringIO()
    with contextlib.redirect_stdout(inner):
        print('inner')
    print('outer')
print(repr(nested.getvalue()), repr(inner.getvalue()))
