"""IPv4/IPv6 manipulation, as CPython 3.11's ipaddress: ip_address,
ip_network and ip_interface, the address/network/interface classes of
both versions (in _ipaddress_v4 and _ipaddress_v6, over _ipaddress_base),
and the helpers that summarize, collapse and sort them."""

__version__ = '1.0'

from _ipaddress_base import (
    IPV4LENGTH, IPV6LENGTH, AddressValueError, NetmaskValueError,
    _IPAddressBase, _BaseAddress, _BaseNetwork, count_righthand_zero_bits,
    not_same_version)
from _ipaddress_v4 import (
    IPv4Address, IPv4Interface, IPv4Network, v4_int_to_packed, _BaseV4)
from _ipaddress_v6 import (
    IPv6Address, IPv6Interface, IPv6Network, v6_int_to_packed, _BaseV6)

for _cls in (AddressValueError, NetmaskValueError, IPv4Address,
             IPv4Interface, IPv4Network, IPv6Address, IPv6Interface,
             IPv6Network, _IPAddressBase, _BaseAddress, _BaseNetwork,
             _BaseV4, _BaseV6):
    _cls.__module__ = __name__
del _cls


def _first_version(kinds, address, what, args=()):
    for kind in kinds:
        try:
            return kind(address, *args)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 {what}')


def ip_address(address):
    """An IPv4Address or IPv6Address from a string or an integer."""
    return _first_version((IPv4Address, IPv6Address), address, 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network from a string or an integer."""
    return _first_version((IPv4Network, IPv6Network), address, 'network',
                          (strict,))


def ip_interface(address):
    """An IPv4Interface or IPv6Interface from a string or an integer."""
    return _first_version((IPv4Interface, IPv6Interface), address,
                          'interface')


def _find_address_range(addresses):
    # (first, last) of each run of consecutive addresses (sorted input).
    it = iter(addresses)
    first = last = next(it)
    for ip in it:
        if ip._ip != last._ip + 1:
            yield first, last
            first = ip
        last = ip
    yield first, last


def summarize_address_range(first, last):
    """The fewest networks covering the addresses first..last."""
    if not (isinstance(first, _BaseAddress) and
            isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise not_same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    if first.version == 4:
        network = IPv4Network
    elif first.version == 6:
        network = IPv6Network
    else:
        raise ValueError('unknown IP version')
    bits = first._max_prefixlen
    low, high = first._ip, last._ip
    while low <= high:
        nbits = min(count_righthand_zero_bits(low, bits),
                    (high - low + 1).bit_length() - 1)
        yield network((low, bits - nbits))
        low += 1 << nbits
        if low - 1 == network._ALL_ONES:
            break


def _collapse_networks(networks):
    # Merge sibling networks into their supernet until none merge, then
    # drop the ones another covers.
    to_merge = list(networks)
    by_supernet = {}
    while to_merge:
        net = to_merge.pop()
        supernet = net.supernet()
        existing = by_supernet.get(supernet)
        if existing is None:
            by_supernet[supernet] = net
        elif existing != net:
            del by_supernet[supernet]
            to_merge.append(supernet)
    last = None
    for net in sorted(by_supernet.values()):
        if last is not None and last.broadcast_address >= net.broadcast_address:
            continue
        yield net
        last = net


def collapse_addresses(addresses):
    """Collapse an iterable of addresses and networks (of one version) into
    the fewest networks."""
    ranges = []
    ips = []
    nets = []
    for ip in addresses:
        if isinstance(ip, _BaseAddress):
            if ips and ips[-1]._version != ip._version:
                raise not_same_version(ip, ips[-1])
            ips.append(ip)
        elif ip._prefixlen == ip._max_prefixlen:
            if ips and ips[-1]._version != ip._version:
                raise not_same_version(ip, ips[-1])
            try:
                ips.append(ip.ip)
            except AttributeError:
                ips.append(ip.network_address)
        else:
            if nets and nets[-1]._version != ip._version:
                raise not_same_version(ip, nets[-1])
            nets.append(ip)
    ips = sorted(set(ips))
    if ips:
        for first, last in _find_address_range(ips):
            ranges.extend(summarize_address_range(first, last))
    return _collapse_networks(ranges + nets)


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks together."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented
