# readline/readuntil/async iteration, LimitOverrunError, a protocol-level
# server and Unix sockets. Expected output from plain python3 on a real
# loopback (the oracle cannot run networking programs).
import asyncio


class Upper(asyncio.Protocol):
    def connection_made(self, transport):
        print('server: connection_made')
        self.transport = transport

    def data_received(self, data):
        print('server: data_received', data)
        self.transport.write(data.upper())

    def eof_received(self):
        print('server: eof_received')
        self.transport.write(b'bye\n')
        self.transport.close()

    def connection_lost(self, exc):
        print('server: connection_lost', exc)


async def main():
    server = await asyncio.get_running_loop().create_server(
        Upper, 'localhost', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('localhost', port)
    writer.writelines([b'one\n', b'two\n'])
    await writer.drain()
    print(await reader.readline())
    print(await reader.readuntil(b'\n'))
    writer.write(b'three;four\n')
    print(await reader.readuntil(b';'))
    writer.write_eof()
    async for line in reader:
        print('client got', line)
    print('eof', reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

    async def greet(reader, writer):
        name = await reader.readline()
        writer.write(b'hello ' + name)
        try:
            await reader.readuntil(b'!')
        except asyncio.LimitOverrunError as exc:
            print('LimitOverrunError', exc, exc.consumed)
        writer.close()

    path = '/tmp/interleave-streams-test.sock'
    userver = await asyncio.start_unix_server(greet, path, limit=8)
    reader, writer = await asyncio.open_unix_connection(path)
    print('peer', repr(writer.get_extra_info('peername')))
    writer.write(b'world\n')
    print(await reader.readline())
    writer.write(b'x' * 20)
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    userver.close()
    await userver.wait_closed()


asyncio.run(main())
