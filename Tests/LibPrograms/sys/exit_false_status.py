# sys.exit(False) exits with status 0 (a bool is an int): the status is the
# code's integer value, as for sys.exit(0).
import sys

ok = all(x > 0 for x in [1, 2, 3])
print("all positive:", ok)
try:
    sys.exit(True)
except SystemExit as e:
    print("code:", repr(e.code), "args:", e.args)
sys.exit(not ok)
