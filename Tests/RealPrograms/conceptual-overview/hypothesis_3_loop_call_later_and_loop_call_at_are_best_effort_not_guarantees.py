# Source: https://github.com/mbrukman/a-conceptual-overview-of-asyncio/blob/890335edfb5ab18c9a42811f9613190b2c76fbcc/hypotheses/3-loop-call-later-and-loop-call-at-are-best-effort-not-guarantees.py
# ("A Conceptual Overview of asyncio", later a CPython HOWTO) by Alexander Nordin (anordin95), mirrored by mbrukman.
# Adapted: nothing; the file is unmodified below this header.
"""
loop.call_later and loop.call_at operate on a best-effort basis and are not guarantees.
That is, the callbacks each method requests to be invoked at a certain time or delay will
not necessarily be invoked at that exact, specified time and may be invoked some while 
later. 
"""

import asyncio
import time
import datetime

def print_msg(msg: str):
    print(f"Executing print_msg() at time: {datetime.datetime.now().strftime('%H:%M:%S')}. Message is: {msg}.")

async def main():
    
    
    delay = 2
    loop.call_later(delay, print_msg, "I am call-later!")
    loop.call_at(loop.time() + delay, print_msg, "It is I, call-at!")
    print(f"Requested call-later & call-at at: {datetime.datetime.now().strftime('%H:%M:%S')} with a delay of: {delay} seconds.\n")

    time.sleep(10)

loop = asyncio.new_event_loop()
main_task = asyncio.Task(main(), loop=loop)
loop.run_until_complete(main_task)
