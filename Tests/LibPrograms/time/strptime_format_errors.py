# strptime's errors name the whole format: a bad directive anywhere in it
# (also through datetime.strptime), a stray trailing %, unconverted data,
# data that does not match; a literal %% still parses.
import asyncio
import time
from datetime import datetime

CASES = [
    ('2024-05-06 %Q', '%Y-%m-%d %Q'),
    ('06/05/2024', '%d/%m/%Y %E'),
    ('12:30', '%H:%M %'),
    ('12:30:00', '%H:%M'),
    ('12h30', '%H:%M'),
    ('99 %', '%d %%'),
    ('7 %', '%d %%'),
]


async def parse(text, fmt):
    await asyncio.sleep(0.01)
    try:
        st = time.strptime(text, fmt)
        return f'{text!r}: ok {st[:6]}'
    except ValueError as e:
        return f'{text!r}: ValueError: {e}'


async def main():
    for line in await asyncio.gather(*(parse(t, f) for t, f in CASES)):
        print(line)
    for fmt in ['%Y %J', '%Y-%m-%dT%H:%M:%S%:z']:
        try:
            datetime.strptime('2024', fmt)
        except ValueError as e:
            print('datetime:', e)


asyncio.run(main())
