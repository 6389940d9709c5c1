# Old event-loop setup recipes attach the policy's child watcher to a new
# loop (CPython 3.11 keeps get_child_watcher, deprecated in 3.12).
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
watcher = asyncio.get_child_watcher()
watcher.attach_loop(loop)
print(type(watcher).__name__, isinstance(watcher, asyncio.AbstractChildWatcher))
print(watcher is asyncio.get_child_watcher(), watcher.is_active())
print(asyncio.get_event_loop_policy().get_child_watcher() is watcher)

with watcher as w:
    print("entered", w is watcher)


async def main():
    await asyncio.sleep(1)
    return "done at %.1f" % asyncio.get_running_loop().time()

print(loop.run_until_complete(main()))
loop.close()

replacement = asyncio.ThreadedChildWatcher()
asyncio.set_child_watcher(replacement)
print(asyncio.get_child_watcher() is replacement)
asyncio.set_child_watcher(None)
print([name for name in ("SafeChildWatcher", "FastChildWatcher", "MultiLoopChildWatcher",
                         "PidfdChildWatcher", "ThreadedChildWatcher")
       if issubclass(getattr(asyncio, name), asyncio.AbstractChildWatcher)])
print(asyncio.run(main()))
