# The asyncio documentation's protocol-based TCP echo server and client,
# with every callback traced. Expected output from plain python3 on a real
# loopback (the oracle cannot run networking programs).
import asyncio


class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        peername = transport.get_extra_info('peername')
        print('Connection from', peername[0])
        self.transport = transport

    def data_received(self, data):
        message = data.decode()
        print('Data received: {!r}'.format(message))
        print('Send: {!r}'.format(message))
        self.transport.write(data)
        print('Close the client socket')
        self.transport.close()

    def connection_lost(self, exc):
        print('server lost', exc)


class EchoClientProtocol(asyncio.Protocol):
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        transport.write(self.message.encode())
        print('Data sent: {!r}'.format(self.message))

    def data_received(self, data):
        print('Data received: {!r}'.format(data.decode()))

    def eof_received(self):
        print('client eof_received')

    def connection_lost(self, exc):
        print('The server closed the connection')
        self.on_con_lost.set_result(True)


async def ticker():
    for i in range(12):
        print('tick', i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServerProtocol, '127.0.0.1', 0,
                                      start_serving=False)
    print('serving?', server.is_serving())
    await server.start_serving()
    print('serving?', server.is_serving())
    port = server.sockets[0].getsockname()[1]
    on_con_lost = loop.create_future()
    tick = asyncio.create_task(ticker())
    transport, protocol = await loop.create_connection(
        lambda: EchoClientProtocol('Hello World!', on_con_lost),
        '127.0.0.1', port)
    print('connected', type(protocol).__name__,
          transport.get_extra_info('peername')[0],
          transport.get_extra_info('sockname')[0],
          transport.get_extra_info('socket').family)
    try:
        await on_con_lost
    finally:
        transport.close()
    await tick
    serve = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    serve.cancel()
    try:
        await serve
    except asyncio.CancelledError:
        print('serve_forever cancelled', server.is_serving())


asyncio.run(main())
