"""TLS, which the Interleave playground cannot offer: it has no network
(asyncio's sockets are a virtual loopback) and no certificate files.

The module imports with CPython's constants, exceptions and enums, and
SSLContext objects can be built and configured (create_default_context,
check_hostname, verify_mode, set_ciphers...), so a program that prepares a
context and never connects runs. Loading certificates finds no files
(FileNotFoundError, as CPython for a missing path); wrapping a socket or
a BIO raises PermissionError naming the sandbox.
"""

from enum import IntEnum as _IntEnum, IntFlag as _IntFlag, Enum as _Enum
from collections import namedtuple as _namedtuple
from _sandbox import refusal as _refusal

OPENSSL_VERSION = 'OpenSSL 3.0.2 15 Mar 2022'
OPENSSL_VERSION_INFO = (3, 0, 0, 2, 0)
OPENSSL_VERSION_NUMBER = 805306400
HAS_SNI = HAS_ALPN = HAS_ECDH = HAS_TLSv1_2 = HAS_TLSv1_3 = True
HAS_NPN = HAS_SSLv2 = HAS_SSLv3 = False
CHANNEL_BINDING_TYPES = ['tls-unique']

_INSTEAD = "asyncio's streams and servers run on the playground's virtual network without TLS"


class SSLError(OSError):
    @property
    def library(self):
        return getattr(self, '_library', None)

    @property
    def reason(self):
        return getattr(self, '_reason', None)


class SSLZeroReturnError(SSLError):
    pass


class SSLWantReadError(SSLError):
    pass


class SSLWantWriteError(SSLError):
    pass


class SSLSyscallError(SSLError):
    pass


class SSLEOFError(SSLError):
    pass


class SSLCertVerificationError(SSLError, ValueError):
    pass


CertificateError = SSLCertVerificationError


class _SSLMethod(_IntEnum):
    PROTOCOL_SSLv23 = 2
    PROTOCOL_TLS_CLIENT = 16
    PROTOCOL_TLS_SERVER = 17
    PROTOCOL_TLSv1 = 3
    PROTOCOL_TLSv1_1 = 4
    PROTOCOL_TLSv1_2 = 5


_SSLMethod.PROTOCOL_TLS = _SSLMethod.PROTOCOL_SSLv23
globals().update(_SSLMethod.__members__)
PROTOCOL_TLS = _SSLMethod.PROTOCOL_SSLv23


class VerifyMode(_IntEnum):
    CERT_NONE = 0
    CERT_OPTIONAL = 1
    CERT_REQUIRED = 2


globals().update(VerifyMode.__members__)


class VerifyFlags(_IntFlag):
    VERIFY_DEFAULT = 0
    VERIFY_CRL_CHECK_LEAF = 4
    VERIFY_CRL_CHECK_CHAIN = 12
    VERIFY_X509_STRICT = 32
    VERIFY_ALLOW_PROXY_CERTS = 64
    VERIFY_X509_TRUSTED_FIRST = 32768
    VERIFY_X509_PARTIAL_CHAIN = 524288


globals().update(VerifyFlags.__members__)


class Options(_IntFlag):
    OP_ALL = 2147483728
    OP_NO_SSLv2 = 0
    OP_NO_SSLv3 = 33554432
    OP_NO_TLSv1 = 67108864
    OP_NO_TLSv1_1 = 268435456
    OP_NO_TLSv1_2 = 134217728
    OP_NO_TLSv1_3 = 536870912
    OP_CIPHER_SERVER_PREFERENCE = 4194304
    OP_SINGLE_DH_USE = 0
    OP_SINGLE_ECDH_USE = 0
    OP_NO_COMPRESSION = 131072
    OP_NO_TICKET = 16384
    OP_NO_RENEGOTIATION = 1073741824
    OP_ENABLE_MIDDLEBOX_COMPAT = 1048576


globals().update(Options.__members__)


class TLSVersion(_IntEnum):
    MINIMUM_SUPPORTED = -2
    MAXIMUM_SUPPORTED = -1
    SSLv3 = 768
    TLSv1 = 769
    TLSv1_1 = 770
    TLSv1_2 = 771
    TLSv1_3 = 772


class Purpose(_namedtuple('_ASN1Object', 'nid shortname longname oid'), _Enum):
    SERVER_AUTH = (129, 'serverAuth', 'TLS Web Server Authentication',
                   '1.3.6.1.5.5.7.3.1')
    CLIENT_AUTH = (130, 'clientAuth', 'TLS Web Client Authentication',
                   '1.3.6.1.5.5.7.3.2')


def _no_tls(call):
    return _refusal(call, 'a network for TLS', _INSTEAD)


class SSLContext:
    """Settings for TLS connections: configurable, never used here."""

    def __init__(self, protocol=None, *args, **kwargs):
        if protocol is None:
            protocol = PROTOCOL_TLS
        self.protocol = _SSLMethod(protocol)
        server = self.protocol == PROTOCOL_TLS_SERVER
        client = self.protocol == PROTOCOL_TLS_CLIENT
        self._check_hostname = client
        self._verify_mode = CERT_REQUIRED if client else CERT_NONE
        self.verify_flags = VERIFY_X509_TRUSTED_FIRST
        self.options = Options(OP_ALL | OP_NO_SSLv3 | OP_NO_COMPRESSION
                               | OP_CIPHER_SERVER_PREFERENCE
                               | OP_ENABLE_MIDDLEBOX_COMPAT)
        self.minimum_version = TLSVersion.MINIMUM_SUPPORTED
        self.maximum_version = TLSVersion.MAXIMUM_SUPPORTED
        self.post_handshake_auth = False
        self.keylog_filename = None
        self.sni_callback = None
        self._server = server

    @property
    def check_hostname(self):
        return self._check_hostname

    @check_hostname.setter
    def check_hostname(self, value):
        value = bool(value)
        if value and self._verify_mode == CERT_NONE:
            self._verify_mode = CERT_REQUIRED
        self._check_hostname = value

    @property
    def verify_mode(self):
        return self._verify_mode

    @verify_mode.setter
    def verify_mode(self, value):
        value = VerifyMode(value)
        if value == CERT_NONE and self._check_hostname:
            raise ValueError('Cannot set verify_mode to CERT_NONE when '
                             'check_hostname is enabled.')
        self._verify_mode = value

    def _no_file(self):
        raise FileNotFoundError(2, 'No such file or directory')

    def load_cert_chain(self, certfile, keyfile=None, password=None):
        self._no_file()

    def load_verify_locations(self, cafile=None, capath=None, cadata=None):
        if cafile is None and capath is None and cadata is None:
            raise TypeError('cafile, capath and cadata cannot be all omitted')
        if cadata is not None:
            raise SSLError(0, '[X509: NO_CERTIFICATE_OR_CRL_FOUND] no '
                              'certificate or crl found')
        self._no_file()

    def load_default_certs(self, purpose=Purpose.SERVER_AUTH):
        pass

    def set_default_verify_paths(self):
        pass

    def set_ciphers(self, ciphers):
        pass

    def set_alpn_protocols(self, protocols):
        pass

    def set_ecdh_curve(self, name):
        pass

    def get_ca_certs(self, binary_form=False):
        return []

    def cert_store_stats(self):
        return {'x509': 0, 'crl': 0, 'x509_ca': 0}

    def wrap_socket(self, sock, server_side=False, *args, **kwargs):
        raise _no_tls('ssl.SSLContext.wrap_socket')

    def wrap_bio(self, incoming, outgoing, server_side=False, *args, **kwargs):
        raise _no_tls('ssl.SSLContext.wrap_bio')


def create_default_context(purpose=Purpose.SERVER_AUTH, *, cafile=None,
                           capath=None, cadata=None):
    if not isinstance(purpose, tuple):
        raise TypeError(purpose)
    if purpose == Purpose.SERVER_AUTH:
        context = SSLContext(PROTOCOL_TLS_CLIENT)
        context.verify_mode = CERT_REQUIRED
        context.check_hostname = True
    elif purpose == Purpose.CLIENT_AUTH:
        context = SSLContext(PROTOCOL_TLS_SERVER)
    else:
        raise ValueError(purpose)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    return context


_create_default_https_context = create_default_context


def _create_unverified_context(protocol=None, *, cert_reqs=CERT_NONE,
                               check_hostname=False, purpose=Purpose.SERVER_AUTH,
                               certfile=None, keyfile=None, cafile=None,
                               capath=None, cadata=None):
    context = SSLContext(protocol or PROTOCOL_TLS_CLIENT)
    context.check_hostname = check_hostname
    context.verify_mode = cert_reqs
    if certfile or keyfile:
        context.load_cert_chain(certfile, keyfile)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    return context


def wrap_socket(sock, *args, **kwargs):
    raise _no_tls('ssl.wrap_socket')


def get_server_certificate(addr, ssl_version=None, ca_certs=None, timeout=None):
    raise _no_tls('ssl.get_server_certificate')


DefaultVerifyPaths = _namedtuple(
    'DefaultVerifyPaths', 'cafile capath openssl_cafile_env openssl_cafile '
                          'openssl_capath_env openssl_capath')


def get_default_verify_paths():
    return DefaultVerifyPaths(None, None, 'SSL_CERT_FILE',
                              '/usr/lib/ssl/cert.pem', 'SSL_CERT_DIR',
                              '/usr/lib/ssl/certs')


class SSLSocket:
    def __init__(self, *args, **kwargs):
        raise _no_tls('ssl.SSLSocket')


class SSLObject:
    def __init__(self, *args, **kwargs):
        raise _no_tls('ssl.SSLObject')


class MemoryBIO:
    def __init__(self):
        self._buffer = bytearray()
        self.eof = False

    @property
    def pending(self):
        return len(self._buffer)

    def write(self, data):
        if self.eof:
            raise SSLError('cannot write() after write_eof()')
        self._buffer += data
        return len(data)

    def read(self, size=-1):
        if size < 0:
            size = len(self._buffer)
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def write_eof(self):
        self.eof = True
