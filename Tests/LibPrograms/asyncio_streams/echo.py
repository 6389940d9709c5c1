# The asyncio documentation's TCP echo client and server in one program.
# Expected output from plain python3 on a real loopback (the oracle cannot
# run networking programs); no ephemeral ports are printed.
import asyncio


async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info('peername')
    print(f"Received {message!r} from {addr[0]}")
    print(f"Send: {message!r}")
    writer.write(data)
    await writer.drain()
    print("Close the connection")
    writer.close()
    await writer.wait_closed()


async def tcp_echo_client(message, port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(f'Send: {message!r}')
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(f'Received: {data.decode()!r}')
    print('Close the connection')
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    sock = server.sockets[0]
    host, port = sock.getsockname()
    print('Serving on', host, server.is_serving())
    async with server:
        await tcp_echo_client('Hello World!', port)
        await tcp_echo_client('second', port)
    print('serving after close:', server.is_serving(), server.sockets)


asyncio.run(main())
