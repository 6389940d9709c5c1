# Source: written for Interleave's corpus in the style of event-loop teaching notes (call_soon, call_later, futures, done callbacks) (not from a public source)
# Adapted: nothing
import asyncio
import functools
import time

T0 = time.monotonic()


def stamp(msg):
    print(f"[{time.monotonic() - T0:5.2f}] {msg}")


def on_done(label, fut):
    if fut.cancelled():
        stamp(f"{label}: cancelled")
    elif fut.exception() is not None:
        stamp(f"{label}: failed with {fut.exception()!r}")
    else:
        stamp(f"{label}: result {fut.result()!r}")


async def compute(x):
    await asyncio.sleep(x / 10)
    if x == 3:
        raise ArithmeticError("three is unlucky")
    return x * x


def main():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        fut = loop.create_future()
        fut.add_done_callback(functools.partial(on_done, "manual"))
        loop.call_later(0.25, fut.set_result, "filled by call_later")
        h = loop.call_later(0.1, stamp, "never printed")
        h.cancel()
        print("handle cancelled:", h.cancelled(), type(h).__name__)
        loop.call_soon(stamp, "call_soon 1")
        loop.call_soon(stamp, "call_soon 2")
        at = loop.call_at(loop.time() + 0.05, stamp, "call_at +0.05")
        print("when:", round(at.when() - loop.time(), 2))

        tasks = []
        for x in (1, 3, 2):
            t = loop.create_task(compute(x), name=f"compute-{x}")
            t.add_done_callback(functools.partial(on_done, t.get_name()))
            tasks.append(t)
        doomed = loop.create_task(compute(9))
        doomed.add_done_callback(functools.partial(on_done, "doomed"))
        loop.call_later(0.15, doomed.cancel)

        results = loop.run_until_complete(asyncio.gather(*tasks, doomed, fut, return_exceptions=True))
        print(results)
        print(loop.run_until_complete(compute(4)), loop.is_running(), loop.is_closed())

        f2 = loop.create_future()
        f2.set_exception(KeyError("k"))
        try:
            f2.result()
        except KeyError as exc:
            print("result() re-raises", repr(exc))
        try:
            f2.set_result(1)
        except asyncio.InvalidStateError as exc:
            print("InvalidStateError:", exc)
        f3 = loop.create_future()
        try:
            f3.result()
        except asyncio.InvalidStateError as exc:
            print("InvalidStateError:", exc)
        f3.cancel(msg="not needed")
        try:
            f3.result()
        except asyncio.CancelledError as exc:
            print("CancelledError:", exc.args)
        cb_counter = []
        f4 = loop.create_future()
        f4.add_done_callback(cb_counter.append)
        f4.add_done_callback(cb_counter.append)
        print("removed:", f4.remove_done_callback(cb_counter.append))
        f4.set_result(None)
        loop.run_until_complete(asyncio.sleep(0))
        print("callbacks ran:", len(cb_counter))
    finally:
        loop.close()
    print("closed:", loop.is_closed())
    try:
        loop.run_until_complete(compute(1))
    except RuntimeError as exc:
        print("RuntimeError:", exc)


main()
