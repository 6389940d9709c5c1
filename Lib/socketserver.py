"""socketserver for the Interleave playground: the classes exist (so a
program can define its handlers and servers), but the playground has no
network, so creating a server socket raises the sandbox's PermissionError.
A request handler can still be driven by hand over in-memory streams
(BaseRequestHandler's setup/handle/finish run at construction, as in
CPython 3.11); asyncio's start_server serves the virtual loopback network.
"""

import io
import socket
from _sandbox import refuse

__version__ = "0.4"

__all__ = ["BaseServer", "TCPServer", "UDPServer",
           "ThreadingUDPServer", "ThreadingTCPServer",
           "BaseRequestHandler", "StreamRequestHandler",
           "DatagramRequestHandler", "ThreadingMixIn",
           "ForkingUDPServer", "ForkingTCPServer", "ForkingMixIn",
           "UnixStreamServer", "UnixDatagramServer",
           "ThreadingUnixStreamServer", "ThreadingUnixDatagramServer"]


def _refuse_bind(server):
    refuse('%s.%s' % (type(server).__module__, type(server).__qualname__),
           'a listening socket on the host network',
           "use asyncio.start_server(), which serves the playground's "
           "virtual loopback network")


class BaseServer:
    """Base class for server classes."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self._BaseServer__shutdown_request = False

    def server_activate(self):
        pass

    def serve_forever(self, poll_interval=0.5):
        _refuse_bind(self)

    def shutdown(self):
        self._BaseServer__shutdown_request = True

    def service_actions(self):
        pass

    def handle_request(self):
        _refuse_bind(self)

    def handle_timeout(self):
        pass

    def verify_request(self, request, client_address):
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        import sys
        import traceback
        print('-' * 40, file=sys.stderr)
        print('Exception occurred during processing of request from',
              client_address, file=sys.stderr)
        traceback.print_exc()
        print('-' * 40, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    """A TCP server: constructing one needs a host socket (PermissionError)."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        _refuse_bind(self)

    def server_bind(self):
        _refuse_bind(self)

    def server_activate(self):
        _refuse_bind(self)

    def server_close(self):
        pass

    def fileno(self):
        return -1

    def get_request(self):
        _refuse_bind(self)

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        close = getattr(request, 'close', None)
        if close is not None:
            close()


class UDPServer(TCPServer):
    """UDP server class."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192


class ForkingMixIn:
    """Mix-in class to handle each request in a new process (the playground
    has no processes: nothing is forked)."""
    timeout = 300
    active_children = None
    max_children = 40
    block_on_close = True


class ThreadingMixIn:
    """Mix-in class to handle each request in a new thread."""
    daemon_threads = False
    block_on_close = True


class ForkingUDPServer(ForkingMixIn, UDPServer): pass
class ForkingTCPServer(ForkingMixIn, TCPServer): pass
class ThreadingUDPServer(ThreadingMixIn, UDPServer): pass
class ThreadingTCPServer(ThreadingMixIn, TCPServer): pass


class UnixStreamServer(TCPServer):
    address_family = socket.AF_UNIX


class UnixDatagramServer(UDPServer):
    address_family = socket.AF_UNIX


class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer): pass
class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer): pass


class BaseRequestHandler:
    """Base class for request handler classes: setup(), handle() and
    finish() run at construction."""

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """Define self.rfile and self.wfile for stream sockets (from the
    request's makefile())."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)
        self.rfile = self.connection.makefile('rb', self.rbufsize)
        if self.wbufsize == 0:
            self.wfile = _SocketWriter(self.connection)
        else:
            self.wfile = self.connection.makefile('wb', self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except OSError:
                pass
        self.wfile.close()
        self.rfile.close()


class _SocketWriter(io.BufferedIOBase):
    """A writable stream sending each write() at once with sendall()."""

    def __init__(self, sock):
        self._sock = sock

    def writable(self):
        return True

    def write(self, b):
        self._sock.sendall(b)
        return len(b)

    def fileno(self):
        return self._sock.fileno()


class DatagramRequestHandler(BaseRequestHandler):
    """Define self.rfile and self.wfile for datagram sockets."""

    def setup(self):
        self.packet, self.socket = self.request
        self.rfile = io.BytesIO(self.packet)
        self.wfile = io.BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)
