# Connection refused, address in use, unknown host names and IncompleteRead.
# Expected output from plain python3 on a real loopback (the oracle cannot
# run networking programs).
import asyncio
import socket


async def quiet(reader, writer):
    writer.write(b'partial line')
    writer.write_eof()
    await writer.drain()


async def main():
    try:
        await asyncio.open_connection('127.0.0.1', 1)
    except ConnectionRefusedError as exc:
        print(type(exc).__name__, exc, exc.errno)
    server = await asyncio.start_server(quiet, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    try:
        await asyncio.start_server(quiet, '127.0.0.1', port)
    except OSError as exc:
        print(type(exc).__name__, str(exc).replace(str(port), 'PORT'))
    try:
        await asyncio.open_connection('no-such-host.invalid', 80)
    except socket.gaierror as exc:
        print(type(exc).__name__, exc)
    reader, writer = await asyncio.open_connection('localhost', port)
    print(writer.can_write_eof(), writer.is_closing())
    try:
        await reader.readexactly(100)
    except asyncio.IncompleteReadError as exc:
        print(type(exc).__name__, exc, exc.partial, exc.expected)
    print(reader.at_eof(), await reader.read())
    writer.close()
    print(writer.is_closing())
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print(isinstance(writer.transport, asyncio.Transport))


asyncio.run(main())
