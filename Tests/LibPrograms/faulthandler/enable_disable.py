# faulthandler.enable() at the top of a program (asyncio debugging recipes):
# enabling and disabling are remembered; the program runs as usual.
import asyncio
import faulthandler
import sys

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
faulthandler.enable(file=sys.stderr, all_threads=True)


async def main():
    await asyncio.sleep(1)
    return "slept"

print(asyncio.run(main(), debug=True))
faulthandler.disable()
print(faulthandler.is_enabled())
try:
    faulthandler.dump_traceback_later(0)
except ValueError as e:
    print("ValueError:", e)
faulthandler.cancel_dump_traceback_later()
