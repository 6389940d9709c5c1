# io: StringIO and BytesIO capability answers, iteration and position, and what each does once closed (CPython's messages differ by a period; StringIO.flush does not check).
import io
s = io.StringIO("a\nb\n"); b = io.BytesIO(b"x\ny\n")
for f in (s, b):
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.tell(), list(f), f.tell(), f.closed)
    f.close()
    print(f.closed)
    for op in (f.tell, f.flush, f.readable, lambda: next(f)):
        try: op()
        except ValueError as e: print(repr(e))
print(isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), isinstance(s, io.IOBase))
with io.StringIO() as t: t.write("q")
print(t.closed)
