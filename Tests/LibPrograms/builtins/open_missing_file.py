# open() for reading a file that does not exist (the sandbox has no files) and OSError's fields:
# FileNotFoundError with CPython's errno, strerror and filename, so a
# program's fallback path runs.
import json
def load_settings(path):
    try:
        with open(path) as f:
            return json.load(f)
    except FileNotFoundError as e:
        print("no settings:", e, e.errno, e.strerror, e.filename)
        return {"debug": False}
print(load_settings("settings-that-do-not-exist.json"))
try:
    open("missing-file-for-test.bin", "rb")
except OSError as e:
    print(type(e).__name__, isinstance(e, FileNotFoundError), e.args)
for e in [OSError(2,"x","f"), OSError(2,"x","f",None,"g"), OSError(1), OSError(1,2,3,4,5,6), FileNotFoundError(2,"nf","p"), PermissionError(13, "denied", "/etc"), OSError(13, "d")]:
    print(type(e).__name__, e.args, repr(e), str(e), e.errno, e.strerror, e.filename, e.filename2)
