"""The protocol base classes of CPython 3.11's asyncio.protocols: the
callbacks a transport calls (connection_made, data_received,
eof_received, connection_lost, pause_writing, resume_writing)."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol',
           'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """Common base class for protocol interfaces."""

    __slots__ = ()

    def connection_made(self, transport):
        """Called when a connection is made."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed (exc is None on a
        regular EOF or close)."""

    def pause_writing(self):
        """Called when the transport's buffer goes over the high-water
        mark."""

    def resume_writing(self):
        """Called when the transport's buffer drains below the low-water
        mark."""


class Protocol(BaseProtocol):
    """Interface for a stream protocol."""

    __slots__ = ()

    def data_received(self, data):
        """Called when some data is received (a bytes object)."""

    def eof_received(self):
        """Called when the other end calls write_eof(); a false result
        closes the transport."""


class BufferedProtocol(BaseProtocol):
    """Interface for a stream protocol with manual buffer control."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """Called to allocate a new receive buffer."""

    def buffer_updated(self, nbytes):
        """Called when the buffer was updated with received data."""

    def eof_received(self):
        """Called when the other end calls write_eof()."""


class DatagramProtocol(BaseProtocol):
    """Interface for a datagram protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """Called when some datagram is received."""

    def error_received(self, exc):
        """Called when a send or receive operation raises an OSError."""


class SubprocessProtocol(BaseProtocol):
    """Interface for a protocol of a subprocess."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Called when the subprocess writes data into stdout/stderr."""

    def pipe_connection_lost(self, fd, exc):
        """Called when a file descriptor of the subprocess is closed."""

    def process_exited(self):
        """Called when the subprocess has exited."""
