"""The event loop's networking methods over the virtual loopback network
(virtual_network.py), as CPython 3.11's BaseEventLoop and
_SelectorEventLoop implement them: the same awaits, tasks and callbacks,
so servers and clients interleave in CPython's order. Name lookups other
than numeric addresses go through run_in_executor, as in CPython.

Host names: 'localhost', '127.0.0.1', '0.0.0.0', '::1', '::', '' and None
reach this run's virtual machine; any other name raises socket.gaierror
("[Errno -2] Name or service not known"), as CPython does for a name its
resolver does not know.
"""

import collections.abc
import itertools
import os
import socket

from . import gathering
from . import servers
from . import socket_transport
from . import waiting
from .virtual_network import VirtualSocket

__all__ = ()

_NUMERIC_HOSTS = {'127.0.0.1': socket.AF_INET, '0.0.0.0': socket.AF_INET,
                  '::1': socket.AF_INET6, '::': socket.AF_INET6}


def _ipaddr_info(host, port, family, type, proto, flowinfo=0, scopeid=0):
    # A numeric host resolves without a lookup (CPython's _ipaddr_info).
    if proto not in (0, socket.IPPROTO_TCP, socket.IPPROTO_UDP) or \
            host is None:
        return None
    if type == socket.SOCK_STREAM:
        proto = socket.IPPROTO_TCP
    elif type == socket.SOCK_DGRAM:
        proto = socket.IPPROTO_UDP
    else:
        return None
    if port is None or port == b'' or port == '':
        port = 0
    else:
        try:
            port = int(port)
        except (TypeError, ValueError):
            return None
    if isinstance(host, bytes):
        host = host.decode('idna')
    af = _NUMERIC_HOSTS.get(host)
    if af is None or (family and family != af):
        return None
    if af == socket.AF_INET6:
        return af, type, proto, '', (host, port, flowinfo, scopeid)
    return af, type, proto, '', (host, port)


class NetworkLoopMixin:
    """create_server/create_connection (TCP and Unix), getaddrinfo and
    sock_connect of the event loop."""

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0,
                          flags=0):
        return await self.run_in_executor(
            None, socket.getaddrinfo, host, port, family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        return (sockaddr[0], str(sockaddr[1]))

    async def _ensure_resolved(self, address, *, family=0,
                               type=socket.SOCK_STREAM, proto=0, flags=0):
        host, port = address[:2]
        info = _ipaddr_info(host, port, family, type, proto, *address[2:])
        if info is not None:
            return [info]
        return await self.getaddrinfo(host, port, family=family, type=type,
                                      proto=proto, flags=flags)

    # --- connecting ---------------------------------------------------------

    async def sock_connect(self, sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            resolved = await self._ensure_resolved(
                address, family=sock.family, type=sock.type,
                proto=sock.proto)
            _, _, _, _, address = resolved[0]
        fut = self.create_future()
        self._sock_connect(fut, sock, address)
        return await fut

    def _sock_connect(self, fut, sock, address):
        try:
            sock.connect(address)
        except (BlockingIOError, InterruptedError):
            sock.set_writer(self, self._sock_connect_cb,
                            (fut, sock, address))
            fut.add_done_callback(lambda _: sock.clear_writer())
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)

    def _sock_connect_cb(self, fut, sock, address):
        if fut.done():
            return
        try:
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f'Connect call failed {address}')
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)

    async def _connect_sock(self, exceptions, addr_info):
        my_exceptions = []
        exceptions.append(my_exceptions)
        family, type_, proto, _, address = addr_info
        sock = None
        try:
            sock = VirtualSocket(family, type_, proto)
            await self.sock_connect(sock, address)
            return sock
        except OSError as exc:
            my_exceptions.append(exc)
            if sock is not None:
                sock.close()
            raise
        except:
            if sock is not None:
                sock.close()
            raise

    async def create_connection(self, protocol_factory, host=None,
                                port=None, *, ssl=None, family=0, proto=0,
                                flags=0, sock=None, local_addr=None,
                                server_hostname=None,
                                ssl_handshake_timeout=None,
                                ssl_shutdown_timeout=None,
                                happy_eyeballs_delay=None, interleave=None):
        """Connects to a server of this run; returns (transport,
        protocol). No TLS: ssl must be None/False."""
        if server_hostname is not None and not ssl:
            raise ValueError('server_hostname is only meaningful with ssl')
        if ssl:
            raise NotImplementedError('TLS is not available in the '
                                      'Interleave sandbox')
        if ssl_handshake_timeout is not None:
            raise ValueError(
                'ssl_handshake_timeout is only meaningful with ssl')
        if ssl_shutdown_timeout is not None:
            raise ValueError(
                'ssl_shutdown_timeout is only meaningful with ssl')
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError(
                    'host/port and sock can not be specified at the same '
                    'time')
            infos = await self._ensure_resolved(
                (host, port), family=family, type=socket.SOCK_STREAM,
                proto=proto, flags=flags)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            exceptions = []
            for addrinfo in infos:
                try:
                    sock = await self._connect_sock(exceptions, addrinfo)
                    break
                except OSError:
                    continue
            if sock is None:
                exceptions = [exc for sub in exceptions for exc in sub]
                if len(exceptions) == 1:
                    raise exceptions[0]
                model = str(exceptions[0])
                if all(str(exc) == model for exc in exceptions):
                    raise exceptions[0]
                raise OSError('Multiple exceptions: {}'.format(
                    ', '.join(str(exc) for exc in exceptions)))
        else:
            if sock is None:
                raise ValueError(
                    'host and port was not specified and no sock specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(
                    f'A Stream Socket was expected, got {sock!r}')
        return await self._create_connection_transport(sock,
                                                       protocol_factory)

    async def _create_connection_transport(self, sock, protocol_factory):
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = socket_transport.SocketTransport(self, sock, protocol,
                                                     waiter)
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    async def create_unix_connection(self, protocol_factory, path=None, *,
                                     ssl=None, sock=None,
                                     server_hostname=None,
                                     ssl_handshake_timeout=None,
                                     ssl_shutdown_timeout=None):
        """Connects to a Unix server of this run (paths are virtual)."""
        if ssl:
            raise NotImplementedError('TLS is not available in the '
                                      'Interleave sandbox')
        if server_hostname is not None:
            raise ValueError('server_hostname is only meaningful with ssl')
        if path is not None:
            if sock is not None:
                raise ValueError(
                    'path and sock can not be specified at the same time')
            path = os.fspath(path)
            sock = VirtualSocket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
            try:
                await self.sock_connect(sock, path)
            except:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError('no path and sock were specified')
        return await self._create_connection_transport(sock,
                                                       protocol_factory)

    # --- serving ------------------------------------------------------------

    async def _create_server_getaddrinfo(self, host, port, family, flags):
        infos = await self._ensure_resolved(
            (host, port), family=family, type=socket.SOCK_STREAM,
            flags=flags)
        if not infos:
            raise OSError(f'getaddrinfo({host!r}) returned empty list')
        return infos

    async def create_server(self, protocol_factory, host=None, port=None,
                            *, family=socket.AF_UNSPEC,
                            flags=socket.AI_PASSIVE, sock=None, backlog=100,
                            ssl=None, reuse_address=None, reuse_port=None,
                            ssl_handshake_timeout=None,
                            ssl_shutdown_timeout=None, start_serving=True):
        """Listens on (host, port) of this run's virtual network; returns
        a Server. No TLS."""
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        if ssl is not None:
            raise NotImplementedError('TLS is not available in the '
                                      'Interleave sandbox')
        if ssl_handshake_timeout is not None:
            raise ValueError(
                'ssl_handshake_timeout is only meaningful with ssl')
        if ssl_shutdown_timeout is not None:
            raise ValueError(
                'ssl_shutdown_timeout is only meaningful with ssl')
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError(
                    'host/port and sock can not be specified at the same '
                    'time')
            if host == '':
                hosts = [None]
            elif (isinstance(host, str) or
                    not isinstance(host, collections.abc.Iterable)):
                hosts = [host]
            else:
                hosts = host
            fs = [self._create_server_getaddrinfo(h, port, family=family,
                                                  flags=flags)
                  for h in hosts]
            infos = await gathering.gather(*fs)
            infos = list(dict.fromkeys(itertools.chain.from_iterable(infos)))
            sockets = []
            completed = False
            try:
                for af, socktype, proto, canonname, sa in infos:
                    sock = VirtualSocket(af, socktype, proto)
                    sockets.append(sock)
                    try:
                        sock.bind(sa)
                    except OSError as err:
                        raise OSError(
                            err.errno, 'error while attempting to bind on '
                            'address %r: %s' % (sa, err.strerror.lower())
                        ) from None
                completed = True
            finally:
                if not completed:
                    for sock in sockets:
                        sock.close()
        else:
            if sock is None:
                raise ValueError('Neither host/port nor sock were specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(
                    f'A Stream Socket was expected, got {sock!r}')
            sockets = [sock]
        server = servers.Server(self, sockets, protocol_factory, ssl,
                                backlog)
        if start_serving:
            server._start_serving()
            # Skip one loop iteration so that all 'loop.add_reader'
            # go through.
            await waiting.sleep(0)
        return server

    async def create_unix_server(self, protocol_factory, path=None, *,
                                 sock=None, backlog=100, ssl=None,
                                 ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None,
                                 start_serving=True):
        """Listens on a virtual Unix path (the file system is untouched);
        as in CPython 3.11 a new server on a path replaces a stale one."""
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        if ssl is not None:
            raise NotImplementedError('TLS is not available in the '
                                      'Interleave sandbox')
        if path is not None:
            if sock is not None:
                raise ValueError(
                    'path and sock can not be specified at the same time')
            path = os.fspath(path)
            sock = VirtualSocket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.bind(path)
            except OSError as exc:
                sock.close()
                if exc.errno == 98:
                    raise OSError(98, f'Address {path!r} is already in '
                                      f'use') from None
                raise
        else:
            if sock is None:
                raise ValueError(
                    'path was not specified, and no sock specified')
        server = servers.Server(self, [sock], protocol_factory, ssl, backlog)
        if start_serving:
            server._start_serving()
            await waiting.sleep(0)
        return server

    def _start_serving(self, protocol_factory, sock, server, backlog):
        sock.set_reader(self, self._accept_connection,
                        (protocol_factory, sock, server, backlog))

    def _stop_serving(self, sock):
        sock.clear_reader()
        sock.close()

    def _accept_connection(self, protocol_factory, sock, server, backlog):
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            extra = {'peername': addr}
            self.create_task(self._accept_connection2(
                protocol_factory, conn, extra, server))

    async def _accept_connection2(self, protocol_factory, conn, extra,
                                  server):
        protocol = None
        transport = None
        try:
            protocol = protocol_factory()
            waiter = self.create_future()
            transport = socket_transport.SocketTransport(
                self, conn, protocol, waiter, extra, server)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            context = {
                'message': 'Error on transport creation for incoming '
                           'connection',
                'exception': exc,
            }
            if protocol is not None:
                context['protocol'] = protocol
            if transport is not None:
                context['transport'] = transport
            self.call_exception_handler(context)
