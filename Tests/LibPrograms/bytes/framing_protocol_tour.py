# A length-prefixed binary protocol between asyncio tasks: frames built with
# int.to_bytes, parsed incrementally from a bytearray buffer, checksummed,
# and the error paths a real decoder hits.
import asyncio

HEADER = 7  # kind (1) + sequence (2) + length (4)


def encode(kind, seq, payload):
    if not isinstance(payload, (bytes, bytearray)):
        raise TypeError(f'payload must be bytes, not {type(payload).__name__}')
    body = bytes(payload)
    checksum = sum(body) % 256
    return kind.to_bytes(1, 'big') + seq.to_bytes(2, 'big') + len(body).to_bytes(4, 'big') + body + bytes([checksum])


class Decoder:
    def __init__(self):
        self.buffer = bytearray()

    def feed(self, chunk):
        self.buffer += chunk
        frames = []
        while len(self.buffer) >= HEADER:
            kind = self.buffer[0]
            seq = int.from_bytes(self.buffer[1:3], 'big')
            size = int.from_bytes(self.buffer[3:7], byteorder='big')
            if len(self.buffer) < HEADER + size + 1:
                break
            body = bytes(self.buffer[HEADER:HEADER + size])
            checksum = self.buffer[HEADER + size]
            del self.buffer[:HEADER + size + 1]
            if checksum != sum(body) % 256:
                raise ValueError(f'bad checksum for frame {seq}: {checksum:#04x}')
            frames.append((kind, seq, body))
        return frames


async def producer(queue):
    messages = [(1, 'hello'.encode()), (2, 'wörld ✓'.encode('utf-8')), (3, b''), (1, bytes(range(250, 256)))]
    stream = b''.join(encode(kind, seq, body) for seq, (kind, body) in enumerate(messages))
    print('stream', len(stream), stream[:12].hex(' '), stream[-4:].hex())
    for i in range(0, len(stream), 5):
        await asyncio.sleep(0.01)
        await queue.put(stream[i:i + 5])
    await queue.put(None)


async def consumer(queue):
    decoder = Decoder()
    while (chunk := await queue.get()) is not None:
        for kind, seq, body in decoder.feed(chunk):
            try:
                text = body.decode()
            except UnicodeDecodeError as e:
                text = f'<{e.reason} at {e.start}: {body[e.start:e.end]!r}>'
            print(f'frame {seq} kind={kind} len={len(body)} {text!r} {body.hex(":", 2)}')
    print('left over', decoder.buffer, len(decoder.buffer))


async def main():
    queue = asyncio.Queue(maxsize=3)
    await asyncio.gather(producer(queue), consumer(queue))
    bad = bytearray(encode(9, 77, b'abc'))
    bad[-1] ^= 0xFF
    try:
        Decoder().feed(bad)
    except ValueError as e:
        print('ValueError', e)
    for call in [lambda: encode(1, 70000, b'x'), lambda: encode(-1, 0, b'x'), lambda: encode(1, 0, 'text'),
                 lambda: (2 ** 32).to_bytes(4, 'big'), lambda: int.from_bytes(b'\xff\xfe', 'little', signed=True),
                 lambda: (-2).to_bytes(2, 'big', signed=True), lambda: int.from_bytes(b'', 'big'),
                 lambda: (255).to_bytes(1, 'little', signed=True)]:
        try:
            print(repr(call()))
        except (OverflowError, TypeError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
