"""IPv4Address, IPv4Interface and IPv4Network: dotted-quad parsing and
printing with CPython 3.11's messages, and the special-purpose ranges
behind is_private, is_global, is_reserved and the other predicates."""

from _ipaddress_base import (
    IPV4LENGTH, AddressValueError, NetmaskValueError, _BaseAddress,
    _BaseNetwork, _Interface)


def v4_int_to_packed(address):
    """The address as 4 bytes in network (big-endian) order."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


class _BaseV4:
    """What every IPv4 object shares: the version and string handling."""
    _version = 4
    _ALL_ONES = (2 ** IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _address_type(cls):
        return IPv4Address

    @classmethod
    def _prefix_from_mask_string(cls, text):
        try:
            return cls._prefix_from_prefix_string(text)
        except NetmaskValueError:
            return cls._prefix_from_ip_string(text)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        try:
            return int.from_bytes(bytes([cls._parse_octet(o) for o in octets]),
                                  'big')
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @classmethod
    def _parse_octet(cls, octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % octet_str)
        if len(octet_str) > 3:
            raise ValueError("At most 3 characters permitted in %r" % octet_str)
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError("Leading zeros are not permitted in %r" % octet_str)
        value = int(octet_str, 10)
        if value > 255:
            raise ValueError("Octet %d (> 255) not permitted" % value)
        return value

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(map(str, ip_int.to_bytes(4, 'big')))

    def _reverse_pointer(self):
        return '.'.join(str(self).split('.')[::-1]) + '.in-addr.arpa'

    @property
    def version(self):
        return self._version


class IPv4Address(_BaseV4, _BaseAddress):
    """Represent and manipulate single IPv4 Addresses."""

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(text)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in _Ranges.reserved

    @property
    def is_private(self):
        return any(self in net for net in _Ranges._private_networks)

    @property
    def is_global(self):
        return self not in _Ranges.shared and not self.is_private

    @property
    def is_multicast(self):
        return self in _Ranges.multicast

    @property
    def is_unspecified(self):
        return self == _Ranges.unspecified

    @property
    def is_loopback(self):
        return self in _Ranges.loopback

    @property
    def is_link_local(self):
        return self in _Ranges.link_local


class IPv4Interface(_Interface, IPv4Address):
    """An IPv4 address with the network it is on."""
    _address_base = IPv4Address

    def __init__(self, address):
        self._init_interface(address, IPv4Network)

    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self._prefixlen)


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: IPv4Network('192.0.2.0/24'), strict=False to
    accept host bits."""
    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv4Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = IPv4Address(packed & int(self.netmask))
        self._single_hosts(addr)

    @property
    def is_global(self):
        return (not (self.network_address in _Ranges.shared and
                     self.broadcast_address in _Ranges.shared) and
                not self.is_private)


class _Ranges:
    link_local = IPv4Network('169.254.0.0/16')
    loopback = IPv4Network('127.0.0.0/8')
    multicast = IPv4Network('224.0.0.0/4')
    shared = IPv4Network('100.64.0.0/10')
    _private_networks = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16',
        '172.16.0.0/12', '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24',
        '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24',
        '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
    reserved = IPv4Network('240.0.0.0/4')
    unspecified = IPv4Address('0.0.0.0')


IPv4Address._constants = _Ranges
IPv4Network._constants = _Ranges
