# math.perm(n) with one argument is factorial(n): its errors name factorial;
# perm(n, k) and comb keep their own messages.
import asyncio
import math


async def attempt(label, fn, delay):
    await asyncio.sleep(delay)
    try:
        print(label, fn())
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__, e)


async def main():
    cases = [
        ('perm(5)', lambda: math.perm(5)),
        ('perm(5, None)', lambda: math.perm(5, None)),
        ('perm(-1)', lambda: math.perm(-1)),
        ('perm(-1, None)', lambda: math.perm(-1, None)),
        ('perm(-1, 2)', lambda: math.perm(-1, 2)),
        ('perm(3, -1)', lambda: math.perm(3, -1)),
        ('perm(2.0)', lambda: math.perm(2.0)),
        ('perm(2, 5)', lambda: math.perm(2, 5)),
        ('comb(-1, 2)', lambda: math.comb(-1, 2)),
        ('factorial(-3)', lambda: math.factorial(-3)),
    ]
    await asyncio.gather(*(attempt(label, fn, i * 0.01) for i, (label, fn) in enumerate(cases)))


asyncio.run(main())
