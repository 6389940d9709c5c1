import io
import socketserver


class Conn:
    def __init__(self, data):
        self.data = data
        self.out = []

    def makefile(self, mode, bufsize=-1):
        return io.BytesIO(self.data)

    def sendall(self, data):
        self.out.append(data)


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b'echo: ' + line)


c = Conn(b'one\ntwo\n')
h = Echo(c, ('127.0.0.1', 5000), None)
print(c.out, h.client_address, h.wfile.closed, h.rfile.closed)


class Order(socketserver.BaseRequestHandler):
    def setup(self):
        print('setup', self.request)

    def handle(self):
        print('handle', self.client_address)
        raise ValueError('boom')

    def finish(self):
        print('finish')


try:
    Order('req', ('addr', 1), 'server')
except ValueError as e:
    print('ValueError', e)


class Sock:
    def __init__(self):
        self.sent = []

    def sendto(self, data, addr):
        self.sent.append((data, addr))


class Datagram(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())


s = Sock()
Datagram((b'ping', s), ('1.2.3.4', 9), None)
print(s.sent)

print(socketserver.TCPServer.request_queue_size, socketserver.TCPServer.allow_reuse_address,
      socketserver.UDPServer.max_packet_size, socketserver.ThreadingMixIn.daemon_threads)
print([c.__name__ for c in socketserver.ThreadingTCPServer.__mro__])
print(socketserver.TCPServer.address_family, socketserver.UDPServer.socket_type)
print(issubclass(socketserver.StreamRequestHandler, socketserver.BaseRequestHandler))
