"""A minimal socket module for the Interleave playground.

The playground has no network: creating a real socket raises
PermissionError. What asyncio's streams examples touch is here: the
address-family and socket-kind enums, the error classes, gethostname()
(always 'interleave') and getaddrinfo() for the names of the run's virtual
loopback network (asyncio/virtual_network.py): 'localhost', '127.0.0.1',
'0.0.0.0', '::1', '::', '' and None. Any other host name raises gaierror
as CPython does for a name its resolver does not know
("[Errno -2] Name or service not known").
"""

import enum

__all__ = ('AF_INET', 'AF_INET6', 'AF_UNIX', 'AF_UNSPEC', 'SOCK_STREAM',
           'SOCK_DGRAM', 'SOCK_RAW', 'IPPROTO_TCP', 'IPPROTO_UDP',
           'AI_PASSIVE', 'SHUT_RD', 'SHUT_WR', 'SHUT_RDWR', 'SOL_SOCKET',
           'SO_REUSEADDR', 'SO_ERROR', 'TCP_NODELAY', 'AddressFamily', 'SocketKind',
           'error', 'herror', 'gaierror', 'timeout', 'has_ipv6', 'socket',
           'gethostname', 'getaddrinfo', 'getfqdn', 'create_connection',
           'create_server')


class AddressFamily(enum.IntEnum):
    """Address families (Linux's numbers)."""
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10

    __str__ = int.__repr__


class SocketKind(enum.IntEnum):
    """Socket types (Linux's numbers)."""
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3

    __str__ = int.__repr__


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_KEEPALIVE = 9
SO_ERROR = 4
SO_REUSEPORT = 15
TCP_NODELAY = 1
IPV6_V6ONLY = 26
SOMAXCONN = 4096
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    """Host-lookup errors of the gethostby* family."""


class gaierror(OSError):
    """Address-lookup errors of getaddrinfo()."""


_EAI_NONAME = -2
_EAI_SERVICE = -8
_HOSTNAME = 'interleave'
# The names of the virtual loopback network, by family; a passive lookup
# (AI_PASSIVE, for a server) of None or '' gives the wildcard addresses.
_IPV4_NAMES = ('localhost', '127.0.0.1', '0.0.0.0', _HOSTNAME)
_IPV6_NAMES = ('::1', '::')


def gethostname():
    """The playground's host name."""
    return _HOSTNAME


def getfqdn(name=''):
    """The host name itself: there is no resolver to ask."""
    return name or _HOSTNAME


def _port_number(port):
    if port is None:
        return 0
    if isinstance(port, bytes):
        port = port.decode('ascii')
    if isinstance(port, str):
        if port.isdigit():
            return int(port)
        services = {'http': 80, 'https': 443, 'echo': 7, 'ftp': 21,
                    'ssh': 22, 'smtp': 25, 'domain': 53}
        if port in services:
            return services[port]
        raise gaierror(_EAI_SERVICE, 'Servname not supported for ai_socktype')
    if isinstance(port, int):
        return port
    raise OSError('Int or String expected')


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Addresses of the virtual loopback network, as Linux's resolver gives
    them: `localhost` is 127.0.0.1 only; None or '' is ::1 then 127.0.0.1
    (or, with AI_PASSIVE, 0.0.0.0 then ::). Other names raise gaierror."""
    if isinstance(host, bytes):
        host = host.decode('idna')
    port = _port_number(port)
    if host is None or host == '':
        if flags & AI_PASSIVE:
            candidates = [(AF_INET, '0.0.0.0'), (AF_INET6, '::')]
        else:
            candidates = [(AF_INET6, '::1'), (AF_INET, '127.0.0.1')]
    elif host in _IPV4_NAMES:
        address = '127.0.0.1' if host in ('localhost', _HOSTNAME) else host
        candidates = [(AF_INET, address)]
    elif host in _IPV6_NAMES:
        candidates = [(AF_INET6, host)]
    else:
        raise gaierror(_EAI_NONAME, 'Name or service not known')
    if family:
        candidates = [c for c in candidates if c[0] == family]
        if not candidates:
            raise gaierror(-9, 'Address family for hostname not supported')
    kinds = [(SOCK_STREAM, IPPROTO_TCP), (SOCK_DGRAM, IPPROTO_UDP),
             (SOCK_RAW, 0)]
    if type:
        kinds = [k for k in kinds if k[0] == type]
    elif proto:
        kinds = [k for k in kinds if k[1] == proto]
    result = []
    for fam, address in candidates:
        for kind, number in kinds:
            if fam == AF_INET6:
                sockaddr = (address, port, 0, 0)
            else:
                sockaddr = (address, port)
            result.append((fam, kind, number, '', sockaddr))
    return result


def _no_network():
    raise PermissionError(1, 'Operation not permitted: the Interleave '
                             'playground has no network')


class socket:
    """Real sockets cannot be created in the playground (PermissionError);
    asyncio's servers and connections use the virtual loopback network."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        _no_network()


def create_connection(address, timeout=None, source_address=None, **kw):
    """Always PermissionError: the playground has no network."""
    _no_network()


def create_server(address, **kwargs):
    """Always PermissionError: the playground has no network."""
    _no_network()
