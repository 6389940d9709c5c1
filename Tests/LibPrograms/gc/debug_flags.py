# gc's debugging flags are remembered (set_debug/get_debug); freeze keeps a
# count that unfreeze resets. The statistics CPython prints go to stderr.
import gc

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
print(gc.get_debug() == gc.DEBUG_UNCOLLECTABLE)
gc.set_debug(gc.DEBUG_LEAK & ~gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())
for call in (lambda: gc.set_debug(), lambda: gc.get_debug(1), lambda: gc.set_debug("x")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
gc.freeze()
print(gc.get_freeze_count() >= 0)
gc.unfreeze()
print(gc.get_freeze_count())
