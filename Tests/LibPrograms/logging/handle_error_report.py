# Handler.handleError's report on stderr (captured here): the traceback,
# "Call stack:" with the caller's frames, then the message and its
# arguments; logging goes on after a record that fails to format.
import asyncio
import io
import logging
import sys

log = logging.getLogger('jobs')
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.addHandler(handler)
log.propagate = False


async def job(n):
    await asyncio.sleep(0.1 * n)
    if n == 1:
        log.warning('job %d took %d ms', n)
    elif n == 2:
        log.warning('job %d', 'two', 'extra')
    else:
        log.warning('job %d ok', n)
    return n


async def main():
    captured = io.StringIO()
    real, sys.stderr = sys.stderr, captured
    try:
        print(await asyncio.gather(job(0), job(1), job(2), job(3)))
    finally:
        sys.stderr = real
    for line in captured.getvalue().splitlines():
        if not line.startswith(' '):
            print('stderr|', line)
    print('frames in report:', captured.getvalue().count('in job'))


asyncio.run(main())
