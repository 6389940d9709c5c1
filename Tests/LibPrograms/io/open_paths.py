# open() takes str, bytes and os.PathLike paths (the error names the path
# string), refuses other types as CPython does, and has no open descriptors.
import pathlib

for target in ("missing.txt", b"missing.bin", pathlib.Path("dir") / "p.txt", 3.5, None, 7):
    try:
        open(target)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, "filename", "-"))


class Weird:
    def __fspath__(self):
        return 42


try:
    open(Weird())
except TypeError as e:
    print(e)
