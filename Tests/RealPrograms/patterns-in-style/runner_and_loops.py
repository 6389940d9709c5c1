# Source: written for Interleave's corpus in the style of "asyncio.run vs Runner vs manual loops" tutorials (not from a public source)
# Adapted: nothing
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def job(tag, delay=0.1):
    await asyncio.sleep(delay)
    return f"{tag}:{var.get()}"


def main():
    print(asyncio.run(job("run")))
    with asyncio.Runner() as runner:
        print(runner.run(job("runner-1")))
        var.set("outer")
        ctx = contextvars.copy_context()
        print(runner.run(job("runner-2"), context=ctx))
        loop = runner.get_loop()
        print("loop running:", loop.is_running(), "closed:", loop.is_closed())
    print("after with, closed:", loop.is_closed())

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        task = loop.create_task(job("manual", 0.2))
        print(loop.run_until_complete(task))
        print(loop.run_until_complete(asyncio.gather(job("a"), job("b"))))
    finally:
        loop.close()
    try:
        asyncio.run(job)
    except ValueError as e:
        print("ValueError:", str(e).split(" at ")[0])
    coro = job("x")
    try:
        with asyncio.Runner() as r:
            r.run(coro)
            r.close()
            r.run(job("y"))
    except RuntimeError as e:
        print("RuntimeError:", e)


if __name__ == "__main__":
    main()
