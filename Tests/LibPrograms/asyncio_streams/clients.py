# Several clients at once against one server, with the interleaving of
# their steps printed, and the hosts that reach the server. Expected output
# from plain python3 on a real loopback (the oracle cannot run networking
# programs); no ephemeral ports are printed.
import asyncio
import socket


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    print('server: hello from', name)
    writer.write(f'hi {name}\n'.encode())
    await writer.drain()
    data = await reader.read()
    print('server:', name, 'sent', len(data), 'more bytes')
    writer.close()
    await writer.wait_closed()
    print('server: closed', name)


async def client(name, host, port):
    print(name, 'connecting')
    reader, writer = await asyncio.open_connection(host, port)
    print(name, 'connected')
    writer.write(name.encode() + b'\n')
    print(name, 'got', await reader.readline())
    writer.write(b'.' * len(name))
    writer.write_eof()
    print(name, 'rest', await reader.read())
    writer.close()
    await writer.wait_closed()
    print(name, 'done')


async def main():
    server = await asyncio.start_server(handle, None, 0)
    print(len(server.sockets), 'sockets',
          sorted(str(s.family) for s in server.sockets))
    port4 = [s.getsockname()[1] for s in server.sockets
             if s.family == socket.AF_INET][0]
    port6 = [s.getsockname()[1] for s in server.sockets
             if s.family == socket.AF_INET6][0]
    # ('localhost' would go through a thread on CPython: racy output.)
    await asyncio.gather(client('a', '127.0.0.1', port4),
                         client('bb', '::1', port6),
                         client('ccc', '0.0.0.0', port4))
    server.close()
    await server.wait_closed()
    for host in ('127.0.0.1', None):
        try:
            await asyncio.open_connection(host, port4)
        except OSError as exc:
            print(type(exc).__name__, str(exc).replace(str(port4), 'PORT'))
    print(socket.gethostname() != '', socket.AF_INET, socket.SOCK_STREAM)


asyncio.run(main())
