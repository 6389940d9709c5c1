# struct.error messages for out-of-range integers, which depend on the
# packer CPython picks: native ones (@, and < / = where the sizes agree on a
# little-endian machine) name the C type after a C-long conversion; big-endian
# standard ones name the format letter; 8-byte big-endian items overflow
# while converting to bytes.
import asyncio
import struct

VALUES = [2**70, 2**64, 2**63, -2**63 - 1, 2**32, 70000, 300, -1, -200]


async def probe(fmt):
    await asyncio.sleep(0)
    seen = []
    for v in VALUES:
        try:
            struct.pack(fmt, v)
        except struct.error as e:
            msg = str(e)
            if not seen or seen[-1][1] != msg:
                seen.append((v, msg))
            else:
                seen[-1] = (seen[-1][0], msg)
    return fmt, seen


async def main():
    fmts = [p + c for c in 'bBhHiIqQ' for p in '@<>!='] + ['@l', '@L', '@n', '@N', '@P']
    for fmt, seen in await asyncio.gather(*(probe(f) for f in fmts)):
        print(fmt, '|'.join(f'{v}: {m}' for v, m in seen))
    header = struct.Struct('>HI')
    try:
        header.pack(70000, 1)
    except struct.error as e:
        print('header:', e)


asyncio.run(main())
