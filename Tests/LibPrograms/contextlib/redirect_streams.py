# contextlib.redirect_stdout/redirect_stderr: print() follows sys.stdout
import contextlib, sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
with contextlib.redirect_stdout(cap):
    print("captured", 1, 2, sep="|")
    print("second")
print(cap.parts)
err = Capture()
with contextlib.redirect_stderr(err):
    print("oops", file=sys.stderr)
print(err.parts)
with contextlib.redirect_stdout(sys.stderr):
    print("to stderr")
with contextlib.redirect_stdout(cap) as target:
    print(target is cap)
print(cap.parts[-2:], sys.stdout is sys.__stdout__ if hasattr(sys, "__stdout__") else True)
