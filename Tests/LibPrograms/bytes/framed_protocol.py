# length-prefixed JSON frames over bytes/bytearray chunks, codecs and errors
import asyncio
import json
class Framer:
    """Length-prefixed JSON frames over a byte stream."""
    def __init__(self):
        self.buf = bytearray()
    def encode(self, obj):
        body = json.dumps(obj, separators=(",", ":")).encode()
        return len(body).to_bytes(4, "big") + body
    def feed(self, data):
        self.buf += data
        out = []
        while len(self.buf) >= 4:
            n = int.from_bytes(self.buf[:4], "big")
            if len(self.buf) < 4 + n:
                break
            out.append(json.loads(bytes(self.buf[4:4 + n]).decode()))
            del self.buf[:4 + n]
        return out
async def main():
    f = Framer()
    stream = b"".join(f.encode({"seq": i, "data": "x" * i}) for i in range(4))
    q = asyncio.Queue()
    async def chunker():
        for i in range(0, len(stream), 7):
            await q.put(stream[i:i + 7])
            await asyncio.sleep(0.01)
        await q.put(None)
    asyncio.create_task(chunker())
    got = []
    while (chunk := await q.get()) is not None:
        got.extend(f.feed(chunk))
    print(got, len(stream), stream[:10], bytes(f.buf))
    b = bytearray(b"hello world")
    b[0] = ord("H"); b.extend(b"!"); b.insert(0, 62)
    print(b, b.upper(), b.find(b"o"), b.split(b" "), b.hex(" "), bytes.fromhex("de ad"), b.startswith(b">H"), b[-1], list(b[:3]))
    print(b"a-b".replace(b"-", b"+"), b"  x ".strip(), b"abc" < b"abd", b"ab" * 2, b"x" in b"xyz", memoryview(b"abcd")[1:3].tobytes(), b"%05d" % 42)
    print("ü".encode("latin-1"), "ü".encode("utf-8").decode("utf-8"), "€".encode("ascii", errors="replace"), b"\xff".decode("utf-8", errors="replace"), len("€".encode()))
    try:
        b"\xff".decode()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.reason, e.start)
asyncio.run(main())
