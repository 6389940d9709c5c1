"""The run's in-memory loopback network: virtual stream sockets that
asyncio's servers and connections use instead of the OS's.

A server listens on (host, port) of this run only: IPv4 listeners on
127.0.0.1 or 0.0.0.0, IPv6 ones on ::1 or ::, and Unix ones on a path
(which never touches the file system). Port 0 picks the next ephemeral
port, deterministically. Connecting where nothing listens is refused
(ECONNREFUSED); binding an address in use fails with EADDRINUSE, as on
Linux with SO_REUSEADDR. Readiness is reported to the event loop the way
a level-triggered selector does: a registered reader (or writer) callback
runs in the next pass, behind what the current pass scheduled with
call_soon, in the order the sockets became ready (one timer due now runs
the pass's events, as CPython's loop runs select()'s events ahead of its
timers), and again in each later pass while the socket stays readable
(writable).
"""

import errno
import socket

__all__ = ('VirtualSocket',)

# The bytes one direction of a connection holds before a sender blocks
# (roughly what Linux's loopback accepts without the reader reading).
_PIPE_CAPACITY = 1 << 20
_FIRST_EPHEMERAL_PORT = 40000
# An event loop holds fds 3 to 5 (epoll and its self-pipe) on CPython.
_FIRST_FD = 6

_WILDCARDS = {socket.AF_INET: '0.0.0.0', socket.AF_INET6: '::'}
_LOOPBACKS = {socket.AF_INET: '127.0.0.1', socket.AF_INET6: '::1'}


class _Network:
    """Listening addresses, Unix paths, ports and fds of the run."""

    def __init__(self):
        self.listeners = {}      # (family, host, port) -> bound socket
        self.paths = {}          # Unix path -> bound socket
        self.used_ports = set()
        self.next_port = _FIRST_EPHEMERAL_PORT
        self.fds = set()

    def open_fd(self):
        fd = _FIRST_FD
        while fd in self.fds:
            fd += 1
        self.fds.add(fd)
        return fd

    def close_fd(self, fd):
        self.fds.discard(fd)

    def ephemeral_port(self):
        while self.next_port in self.used_ports:
            self.next_port += 1
        port = self.next_port
        self.next_port += 1
        return port

    def in_use(self, family, host, port):
        for (fam, bound_host, bound_port), sock in self.listeners.items():
            if fam != family or bound_port != port:
                continue
            if (bound_host == host or bound_host == _WILDCARDS[family]
                    or host == _WILDCARDS[family]):
                return True
        return False

    def find_listener(self, family, host, port):
        if host == _WILDCARDS.get(family):
            host = _LOOPBACKS[family]
        for candidate in (host, _WILDCARDS.get(family)):
            sock = self.listeners.get((family, candidate, port))
            if sock is not None and sock._listening:
                return sock
        return None


_network = _Network()


def _queue_io(loop, callback):
    # The readiness events of the pass a selector would report next.
    pending = getattr(loop, '_virtual_io_events', None)
    if pending is None:
        pending = loop._virtual_io_events = []
    pending.append(callback)
    if len(pending) == 1:
        loop.call_at(loop.time(), _dispatch_io, loop)


def _dispatch_io(loop):
    events = loop._virtual_io_events
    loop._virtual_io_events = []
    for position, callback in enumerate(events):
        try:
            callback()
        except (SystemExit, KeyboardInterrupt):
            rest = events[position + 1:]
            if rest:
                pending = loop._virtual_io_events
                if not pending:
                    loop.call_at(loop.time(), _dispatch_io, loop)
                pending[:0] = rest
            raise
        except BaseException as exc:
            loop.call_exception_handler({
                'message': f'Exception in callback {callback!r}',
                'exception': exc,
            })


def _bad_address(family, address):
    if family == socket.AF_UNIX:
        if not isinstance(address, (str, bytes)):
            raise TypeError('a bytes-like object is required, not '
                            f'{type(address).__name__!r}')
        return
    size = 4 if family == socket.AF_INET6 else 2
    if not isinstance(address, tuple) or not 2 <= len(address) <= size:
        name = 'AF_INET6' if family == socket.AF_INET6 else 'AF_INET'
        raise TypeError(f'{name} address must be tuple, not '
                        f'{type(address).__name__}')


class VirtualSocket:
    """A stream socket of the virtual network, which transports and
    servers use (and get_extra_info('socket') returns). Its repr is that
    of the asyncio.TransportSocket wrapping a real one."""

    def __init__(self, family=socket.AF_INET, type=socket.SOCK_STREAM,
                 proto=0):
        self.family = socket.AddressFamily(family)
        self.type = socket.SocketKind(type)
        if proto == 0 and family != socket.AF_UNIX:
            proto = socket.IPPROTO_TCP
        self.proto = proto
        self._fd = _network.open_fd()
        self._local = None
        self._remote = None
        self._peer = None
        self._listening = False
        self._backlog = []
        self._inbox = bytearray()
        self._eof_in = False        # the peer shut down its sending side
        self._shut_out = False      # this side shut down its sending side
        self._connect_error = 0
        self._reader = None
        self._writer = None
        self._read_queued = False
        self._write_queued = False

    # --- the socket interface asyncio uses ------------------------------

    def fileno(self):
        return self._fd

    def setblocking(self, flag):
        pass

    def gettimeout(self):
        return 0.0

    def setsockopt(self, *args):
        pass

    def getsockopt(self, level, option, buflen=None):
        if option == socket.SO_ERROR:
            error, self._connect_error = self._connect_error, 0
            return error
        return 0

    def getsockname(self):
        self._check_open()
        if self._local is None:
            if self.family == socket.AF_UNIX:
                return ''
            return self._unbound_name()
        return self._local

    def getpeername(self):
        self._check_open()
        if self._remote is None:
            raise OSError(errno.ENOTCONN, 'Transport endpoint is not '
                                          'connected')
        return self._remote

    def _unbound_name(self):
        if self.family == socket.AF_INET6:
            return ('::', 0, 0, 0)
        return ('0.0.0.0', 0)

    def _check_open(self):
        if self._fd == -1:
            raise OSError(errno.EBADF, 'Bad file descriptor')

    def bind(self, address):
        """Binds to an address of this run (port 0: an ephemeral port)."""
        self._check_open()
        _bad_address(self.family, address)
        if self.family == socket.AF_UNIX:
            path = address
            abstract = path[:1] in ('\x00', b'\x00')
            # CPython's create_unix_server removes a stale socket file
            # first, so only an abstract name can be in use.
            if abstract and path in _network.paths and \
                    _network.paths[path]._fd != -1:
                raise OSError(errno.EADDRINUSE, 'Address already in use')
            _network.paths[path] = self
            self._local = path
            return
        host, port = address[0], address[1]
        if host not in (_WILDCARDS[self.family], _LOOPBACKS[self.family]):
            raise OSError(errno.EADDRNOTAVAIL,
                          'Cannot assign requested address')
        if port == 0:
            port = _network.ephemeral_port()
        elif _network.in_use(self.family, host, port):
            raise OSError(errno.EADDRINUSE, 'Address already in use')
        _network.used_ports.add(port)
        self._local = self._address(host, port)
        _network.listeners[(self.family, host, port)] = self

    def _address(self, host, port):
        if self.family == socket.AF_INET6:
            return (host, port, 0, 0)
        return (host, port)

    def listen(self, backlog=128):
        self._check_open()
        if self._local is None:
            self.bind('' if self.family == socket.AF_UNIX
                      else self._address(_WILDCARDS[self.family], 0))
        self._listening = True

    def connect(self, address):
        """Connects at once, as loopback does: TCP reports EINPROGRESS
        (BlockingIOError) and the outcome through SO_ERROR once the socket
        is writable; Unix sockets succeed or fail right away."""
        self._check_open()
        _bad_address(self.family, address)
        if self.family == socket.AF_UNIX:
            listener = _network.paths.get(address)
            if listener is None:
                raise FileNotFoundError(errno.ENOENT,
                                        'No such file or directory')
            if not listener._listening or listener._fd == -1:
                raise ConnectionRefusedError(errno.ECONNREFUSED,
                                             'Connection refused')
            self._establish(listener, '', address)
            return
        host, port = address[0], address[1]
        listener = _network.find_listener(self.family, host, port)
        if listener is None:
            self._connect_error = errno.ECONNREFUSED
        else:
            if host == _WILDCARDS[self.family]:
                host = _LOOPBACKS[self.family]
            port_here = _network.ephemeral_port()
            _network.used_ports.add(port_here)
            self._establish(listener, self._address(host, port_here),
                            self._address(host, port))
        raise BlockingIOError(errno.EINPROGRESS, 'Operation now in progress')

    def _establish(self, listener, local, remote):
        accepted = VirtualSocket(self.family, self.type, self.proto)
        accepted._local = remote if self.family != socket.AF_UNIX \
            else listener._local
        accepted._remote = local
        accepted._peer = self
        self._local = local
        self._remote = remote
        self._peer = accepted
        listener._backlog.append(accepted)
        listener._poke_reader()

    def accept(self):
        self._check_open()
        if not self._backlog:
            raise BlockingIOError(errno.EAGAIN,
                                  'Resource temporarily unavailable')
        conn = self._backlog.pop(0)
        return conn, conn._remote

    def send(self, data):
        """Puts as much of data as the peer's receive side holds."""
        self._check_open()
        if self._shut_out:
            raise BrokenPipeError(errno.EPIPE, 'Broken pipe')
        peer = self._peer
        if peer is None:
            raise OSError(errno.ENOTCONN, 'Transport endpoint is not '
                                          'connected')
        if peer._fd == -1:
            # The peer is gone: what is sent is lost.
            return len(data)
        room = _PIPE_CAPACITY - len(peer._inbox)
        if room <= 0:
            raise BlockingIOError(errno.EAGAIN,
                                  'Resource temporarily unavailable')
        chunk = bytes(data[:room])
        peer._inbox.extend(chunk)
        peer._poke_reader()
        return len(chunk)

    def recv(self, size):
        self._check_open()
        if not self._inbox:
            if self._eof_in:
                return b''
            raise BlockingIOError(errno.EAGAIN,
                                  'Resource temporarily unavailable')
        data = bytes(self._inbox[:size])
        del self._inbox[:size]
        if self._peer is not None:
            self._peer._poke_writer()
        return data

    def shutdown(self, how):
        self._check_open()
        if how in (socket.SHUT_WR, socket.SHUT_RDWR):
            self._shut_out = True
            peer = self._peer
            if peer is not None:
                peer._eof_in = True
                peer._poke_reader()

    def close(self):
        """Closes the socket: the peer reads EOF; a listener stops
        accepting (connections still queued are dropped)."""
        if self._fd == -1:
            return
        _network.close_fd(self._fd)
        self._fd = -1
        self._reader = self._writer = None
        if self._listening:
            self._listening = False
            for key, sock in list(_network.listeners.items()):
                if sock is self:
                    del _network.listeners[key]
            for conn in self._backlog:
                conn.close()
            self._backlog = []
        peer = self._peer
        if peer is not None:
            peer._eof_in = True
            peer._poke_reader()
            peer._poke_writer()

    # --- readiness, as a level-triggered selector reports it ------------

    def _readable(self):
        if self._listening:
            return bool(self._backlog)
        return bool(self._inbox) or self._eof_in

    def _writable(self):
        peer = self._peer
        if peer is None:
            return self._connect_error != 0
        return peer._fd == -1 or len(peer._inbox) < _PIPE_CAPACITY

    def set_reader(self, loop, callback, args):
        self._reader = (loop, callback, args)
        self._poke_reader()

    def clear_reader(self):
        found = self._reader is not None
        self._reader = None
        return found

    def set_writer(self, loop, callback, args):
        self._writer = (loop, callback, args)
        self._poke_writer()

    def clear_writer(self):
        found = self._writer is not None
        self._writer = None
        return found

    def _poke_reader(self):
        if (self._reader is not None and not self._read_queued
                and self._readable()):
            self._read_queued = True
            _queue_io(self._reader[0], self._fire_reader)

    def _poke_writer(self):
        if (self._writer is not None and not self._write_queued
                and self._writable()):
            self._write_queued = True
            _queue_io(self._writer[0], self._fire_writer)

    def _fire_reader(self):
        self._read_queued = False
        if self._reader is not None and self._readable():
            loop, callback, args = self._reader
            callback(*args)
            self._poke_reader()

    def _fire_writer(self):
        self._write_queued = False
        if self._writer is not None and self._writable():
            loop, callback, args = self._writer
            callback(*args)
            self._poke_writer()

    def __repr__(self):
        text = (f'<asyncio.TransportSocket fd={self._fd}, '
                f'family={self.family!s}, type={self.type!s}, '
                f'proto={self.proto}')
        if self._fd != -1:
            try:
                local = self.getsockname()
                if local:
                    text = f'{text}, laddr={local}'
            except OSError:
                pass
            try:
                remote = self.getpeername()
                if remote:
                    text = f'{text}, raddr={remote}'
            except OSError:
                pass
        return f'{text}>'
