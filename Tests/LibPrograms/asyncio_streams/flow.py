# Write buffering and drain() with a reader that pauses, abort(), and the
# order of callbacks around close(). Expected output from plain python3 on
# a real loopback (the oracle cannot run networking programs).
import asyncio

SIZE = 8 * 1024 * 1024


async def main():
    done = asyncio.Event()
    received = []

    async def sink(reader, writer):
        total = 0
        await done.wait()
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            total += len(chunk)
        received.append(total)
        writer.close()

    server = await asyncio.start_server(sink, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'x' * SIZE)
    print('buffered something:', writer.transport.get_write_buffer_size() > 0)
    drained = asyncio.create_task(writer.drain())
    await asyncio.sleep(0)
    print('drain waiting:', not drained.done())
    done.set()
    await drained
    print('drained')
    writer.write_eof()
    print(await reader.read())
    print('received', received)
    await writer.wait_closed() if writer.is_closing() else None
    writer.close()
    await writer.wait_closed()

    async def hang_up(reader, writer):
        writer.transport.abort()

    server2 = await asyncio.start_server(hang_up, '127.0.0.1', 0)
    port2 = server2.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port2)
    print('after abort:', await reader.read(10), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    for s in (server, server2):
        s.close()
        await s.wait_closed()


asyncio.run(main())
