# UUID() argument errors as CPython 3.11 reports them: a 32-character hex
# string with non-hex digits fails in int(hex, 16) itself; wrong lengths,
# out-of-range ints and field tuples have their own messages.
import asyncio
import uuid


async def parse(text):
    await asyncio.sleep(0)
    try:
        return str(uuid.UUID(text))
    except ValueError as e:
        return f'ValueError: {e}'


async def main():
    texts = ['12345678-1234-5678-1234-567812345678', '{12345678123456781234567812345678}',
             'urn:uuid:12345678-1234-5678-1234-56781234567z', 'not-a-uuid',
             'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', '1234567812345678123456781234567']
    for text, result in zip(texts, await asyncio.gather(*(parse(t) for t in texts))):
        print(repr(text), '->', result)
    for kwargs in [{'int': -1}, {'int': 1 << 128}, {'bytes': b'short'}, {'bytes_le': b'x' * 15},
                   {'fields': (1, 2, 3)}, {'fields': (1 << 32, 0, 0, 0, 0, 0)}, {'int': 0, 'version': 6},
                   {'hex': '0' * 32, 'int': 0}, {}]:
        try:
            print(kwargs, '->', uuid.UUID(**kwargs))
        except (ValueError, TypeError) as e:
            print(kwargs, '->', type(e).__name__, e)


asyncio.run(main())
