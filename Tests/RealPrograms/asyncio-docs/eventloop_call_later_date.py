# Source: https://docs.python.org/3.11/library/asyncio-eventloop.html#display-the-current-date-with-call-later
# (the asyncio documentation of CPython 3.11, Python Software Foundation).
# Adapted: nothing; the example is unmodified below this header.
import asyncio
import datetime

def display_date(end_time, loop):
    print(datetime.datetime.now())
    if (loop.time() + 1.0) < end_time:
        loop.call_later(1, display_date, end_time, loop)
    else:
        loop.stop()

loop = asyncio.new_event_loop()

# Schedule the first call to display_date()
end_time = loop.time() + 5.0
loop.call_soon(display_date, end_time, loop)

# Blocking call interrupted by loop.stop()
try:
    loop.run_forever()
finally:
    loop.close()
