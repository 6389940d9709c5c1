import sys
print("before exit")
try:
    sys.exit("caught")
except SystemExit as e:
    print("caught", repr(e.code) if hasattr(e, "code") else e.args)
raise SystemExit(7)
