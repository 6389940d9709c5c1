# sys.get_asyncgen_hooks / set_asyncgen_hooks: the asyncgen_hooks
# structseq, the firstiter hook called when a method first makes an
# awaitable, the finalizer remembered then, argument checks, and the
# loop's hooks while it runs.
import asyncio
import gc
import sys

print(sys.get_asyncgen_hooks())
h = sys.get_asyncgen_hooks()
print(h.firstiter, h.finalizer, h[0], len(h), type(h).__name__)


def first(g):
    print("firstiter", g.__name__)


def fin(g):
    print("finalizer", g.__name__)


sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
print(sys.get_asyncgen_hooks().firstiter is first)


async def ag():
    yield 1

g = ag()
aw = g.__anext__()
print("awaitable made")
try:
    aw.send(None)
except StopIteration as e:
    print("stop", e.value)
del g, aw
gc.collect()
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
for kwargs in ({"firstiter": 1}, {"finalizer": "x"}, {"other": None}):
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print(e)
try:
    sys.set_asyncgen_hooks(None, None, None)
except TypeError as e:
    print(e)
sys.set_asyncgen_hooks(finalizer=fin)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is fin)
sys.set_asyncgen_hooks(None, None)


async def main():
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter.__name__, hooks.finalizer.__name__)
    print(hooks)

asyncio.run(main())
print(sys.get_asyncgen_hooks())
