# sys settings programs read (maxunicode, warnoptions, switch interval,
# int digit limit, coroutine origin tracking), and the line CPython blames
# for an exception raised by __exit__ / __aexit__: the `with` statement's.
import asyncio
import sys
import traceback

print(sys.maxunicode, sys.warnoptions, sys.getfilesystemencoding(), sys.is_finalizing())
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print('ValueError:', e)
print(sys.get_coroutine_origin_tracking_depth(), sys.gettrace(), sys.getprofile())


class Closing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise OSError('close failed')

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        raise OSError('async close failed')


def use():
    with Closing():
        total = 1
        total += 1
    return total


async def use_async():
    async with Closing():
        await asyncio.sleep(0)
        value = 2
    return value


for call in (use, lambda: asyncio.run(use_async())):
    try:
        call()
    except OSError as e:
        print(e, [(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)
                  if f.name in ('use', 'use_async', '__exit__', '__aexit__')])


def leaves_by_return():
    with Closing():
        value = 3
        return value


def leaves_by_break():
    for _ in range(2):
        with Closing():
            break


for call in (leaves_by_return, leaves_by_break):
    try:
        call()
    except OSError as e:
        print(e, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)
                  if f.name in ('leaves_by_return', 'leaves_by_break')])
