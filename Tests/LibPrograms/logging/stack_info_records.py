# Logger calls with stack_info=True carry the caller's stack (what
# traceback.print_stack shows, under "Stack (most recent call last):")
# in record.stack_info, and Formatter.format appends it after the message;
# stacklevel moves both the reported caller and the stack's innermost frame.
import asyncio
import logging
import os
import sys


class PortableStack(logging.Formatter):
    """Shows the stack from the program's own module frame on, with bare
    file names (the harness's frames and CPython's install path vary)."""

    def formatStack(self, stack_info):
        lines = stack_info.splitlines()
        head, body = lines[0], lines[1:]
        start = 0
        for i, line in enumerate(body):
            if line.strip().startswith('File "') and line.rstrip().endswith("in <module>"):
                start = i
        out = [head]
        for line in body[start:]:
            if line.strip().startswith('File "'):
                pre, rest = line.split('File "', 1)
                path, rest = rest.split('"', 1)
                line = f'{pre}File "{os.path.basename(path)}"{rest}'
            out.append(line)
        return "\n".join(out)


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(PortableStack("%(levelname)s %(funcName)s:%(lineno)d %(message)s"))
log = logging.getLogger("stacked")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def inner():
    log.info("from inner", stack_info=True)


def outer():
    inner()
    log.warning("reported at outer's caller", stack_info=True, stacklevel=2)


def capture():
    records = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record)

    keeper = Keep()
    log.addHandler(keeper)
    log.debug("kept", stack_info=True)
    log.debug("kept without stack")
    log.removeHandler(keeper)
    first, second = records
    print(first.stack_info.splitlines()[0], first.stack_info.endswith("\n"), second.stack_info)


async def worker():
    await asyncio.sleep(0)
    log.error("inside a task", stack_info=True)


async def main():
    log.info("inside main", stack_info=True)
    await asyncio.create_task(worker())


outer()
capture()
try:
    1 / 0
except ZeroDivisionError:
    log.exception("with both", stack_info=True)
asyncio.run(main())
log.info("no stack requested")
