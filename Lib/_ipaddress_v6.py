"""IPv6Address, IPv6Interface and IPv6Network: hextet parsing (with '::',
embedded IPv4 and %scope), RFC 5952 compression, and the special-purpose
ranges; CPython 3.11's messages."""

from _ipaddress_base import (
    IPV6LENGTH, AddressValueError, _BaseAddress, _BaseNetwork, _Interface)
from _ipaddress_v4 import IPv4Address


def v6_int_to_packed(address):
    """The address as 16 bytes in network (big-endian) order."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


_HEX_DIGITS = frozenset('0123456789ABCDEFabcdef')


class _BaseV6:
    """What every IPv6 object shares: the version and string handling."""
    _version = 6
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = _HEX_DIGITS
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _address_type(cls):
        return IPv6Address

    @classmethod
    def _prefix_from_mask_string(cls, text):
        return cls._prefix_from_prefix_string(text)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError(
                'At least %d parts expected in %r' % (3, ip_str))
        if '.' in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
            parts.append('%x' % ((v4 >> 16) & 0xFFFF))
            parts.append('%x' % (v4 & 0xFFFF))
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError("At most %d colons permitted in %r" % (
                cls._HEXTET_COUNT, ip_str))
        skip = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip is not None:
                    raise AddressValueError(
                        "At most one '::' permitted in %r" % ip_str)
                skip = i
        if skip is not None:
            high = skip
            low = len(parts) - skip - 1
            if not parts[0]:
                high -= 1
                if high:
                    raise AddressValueError("Leading ':' only permitted as "
                                            "part of '::' in %r" % ip_str)
            if not parts[-1]:
                low -= 1
                if low:
                    raise AddressValueError("Trailing ':' only permitted as "
                                            "part of '::' in %r" % ip_str)
            skipped = cls._HEXTET_COUNT - (high + low)
            if skipped < 1:
                raise AddressValueError(
                    "Expected at most %d other parts with '::' in %r" % (
                        cls._HEXTET_COUNT - 1, ip_str))
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError(
                    "Exactly %d parts expected without '::' in %r" % (
                        cls._HEXTET_COUNT, ip_str))
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part "
                                        "of '::' in %r" % ip_str)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part "
                                        "of '::' in %r" % ip_str)
            high, low, skipped = len(parts), 0, 0
        try:
            value = 0
            for i in range(high):
                value = (value << 16) | cls._parse_hextet(parts[i])
            value <<= 16 * skipped
            for i in range(-low, 0):
                value = (value << 16) | cls._parse_hextet(parts[i])
            return value
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @classmethod
    def _parse_hextet(cls, hextet_str):
        if not _HEX_DIGITS.issuperset(hextet_str):
            raise ValueError("Only hex digits permitted in %r" % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError("At most 4 characters permitted in %r"
                             % hextet_str)
        return int(hextet_str, 16)

    @classmethod
    def _compress_hextets(cls, hextets):
        # The longest run (the first of equals) of two or more '0' hextets
        # becomes '::'.
        best_start, best_len = -1, 0
        start, length = -1, 0
        for index, hextet in enumerate(hextets):
            if hextet == '0':
                length += 1
                if start == -1:
                    start = index
                if length > best_len:
                    best_len, best_start = length, start
            else:
                start, length = -1, 0
        if best_len > 1:
            end = best_start + best_len
            if end == len(hextets):
                hextets += ['']
            hextets[best_start:end] = ['']
            if best_start == 0:
                hextets = [''] + hextets
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int is None:
            ip_int = int(cls._ip)
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        digits = '%032x' % ip_int
        hextets = ['%x' % int(digits[x:x + 4], 16) for x in range(0, 32, 4)]
        return ':'.join(cls._compress_hextets(hextets))

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            text = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            text = str(self.ip)
        else:
            text = str(self)
        digits = '%032x' % self._ip_int_from_string(text)
        parts = [digits[x:x + 4] for x in range(0, 32, 4)]
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (':'.join(parts), self._prefixlen)
        return ':'.join(parts)

    def _reverse_pointer(self):
        return '.'.join(self.exploded[::-1].replace(':', '')) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        addr, sep, scope_id = ip_str.partition('%')
        if not sep:
            scope_id = None
        elif not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id

    @property
    def version(self):
        return self._version


class IPv6Address(_BaseV6, _BaseAddress):
    """Represent and manipulate single IPv6 Addresses."""

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            self._scope_id = None
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, 'big')
            self._scope_id = None
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        text, self._scope_id = self._split_scope_id(text)
        self._ip = self._ip_int_from_string(text)

    def __str__(self):
        text = super().__str__()
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        equal = super().__eq__(other)
        if equal is NotImplemented:
            return NotImplemented
        if not equal:
            return False
        return self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in _Ranges.multicast

    @property
    def is_reserved(self):
        return any(self in net for net in _Ranges.reserved)

    @property
    def is_link_local(self):
        return self in _Ranges.link_local

    @property
    def is_site_local(self):
        return self in _Ranges.site_local

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return any(self in net for net in _Ranges._private_networks)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address of ::ffff:a.b.c.d, else None."""
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) of a 2001::/32 Teredo address, else None."""
        if (self._ip >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        """The IPv4 address of a 2002::/16 6to4 address, else None."""
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(_Interface, IPv6Address):
    """An IPv6 address with the network it is on."""
    _address_base = IPv6Address

    def __init__(self, address):
        self._init_interface(address, IPv6Network)

    def __str__(self):
        return '%s/%d' % (IPv6Address.__str__(self), self._prefixlen)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: IPv6Network('2001:db8::/32'), strict=False to
    accept host bits."""
    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = IPv6Address(packed & int(self.netmask))
        self._single_hosts(addr)

    def hosts(self):
        """Every address but the Subnet-Router anycast (network) one."""
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        for x in range(network + 1, broadcast + 1):
            yield self._address_class(x)

    @property
    def is_site_local(self):
        return (self.network_address.is_site_local and
                self.broadcast_address.is_site_local)


class _Ranges:
    link_local = IPv6Network('fe80::/10')
    multicast = IPv6Network('ff00::/8')
    _private_networks = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23',
        '2001:2::/48', '2001:db8::/32', '2001:10::/28', 'fc00::/7',
        'fe80::/10')]
    reserved = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4',
        '4000::/3', '6000::/3', '8000::/3', 'A000::/3', 'C000::/3',
        'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9')]
    site_local = IPv6Network('fec0::/10')


IPv6Address._constants = _Ranges
IPv6Network._constants = _Ranges
