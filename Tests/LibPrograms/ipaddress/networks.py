import ipaddress as ip

for text in ['192.168.0.0/24', '10.0.0.0/8', '192.0.2.0/31', '192.0.2.5/32', '0.0.0.0/0',
             '172.16.0.0/255.240.0.0', '10.0.0.0/0.0.0.255', '100.64.0.0/10', '224.0.0.0/4',
             '2001:db8::/32', '::1/128', 'fe80::/64', '2001:db8::/127', 'ff00::/8', '::/0',
             'fec0::/10']:
    n = ip.ip_network(text)
    print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask,
          n.prefixlen, n.num_addresses)
    print('  ', n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded, n.compressed)
    print('  ', n.is_private, n.is_global, n.is_multicast, n.is_loopback, n.is_link_local,
          n.is_reserved, n.is_unspecified, n.version, n.max_prefixlen)
    if n.num_addresses <= 4:
        print('  ', list(n), list(n.hosts()))

n = ip.ip_network('192.168.1.0/29')
print(list(n.hosts()), n[0], n[-1], n[3], n[-3])
print(list(n.subnets()), list(n.subnets(prefixlen_diff=2)), list(n.subnets(new_prefix=31))[:2])
print(n.supernet(), n.supernet(prefixlen_diff=5), n.supernet(new_prefix=16))
print(ip.ip_network('0.0.0.0/0').supernet(), list(ip.ip_network('1.2.3.4/32').subnets()))
print(ip.ip_address('192.168.1.3') in n, ip.ip_address('192.168.1.9') in n,
      ip.ip_address('::1') in n, ip.ip_network('192.168.1.0/30') in n)
small = ip.ip_network('192.168.1.0/30')
print(small.subnet_of(n), n.supernet_of(small), n.subnet_of(small), n.overlaps(small),
      n.overlaps(ip.ip_network('10.0.0.0/8')))
print(list(n.address_exclude(ip.ip_network('192.168.1.4/32'))))
print(list(ip.ip_network('10.0.0.0/24').address_exclude(ip.ip_network('10.0.0.128/26'))))
print(list(n.address_exclude(n)))
print(n.compare_networks(small), small.compare_networks(n), n.compare_networks(n))
print(sorted([ip.ip_network('10.0.0.0/8'), ip.ip_network('10.0.0.0/16'), ip.ip_network('9.0.0.0/8')]))
print(n == ip.ip_network('192.168.1.0/29'), n != small, n < small, small > n)
print(ip.ip_network('192.168.1.7/29', strict=False), ip.IPv4Network(('10.1.2.3', 8), strict=False),
      ip.IPv4Network((167772160, '255.0.0.0')), ip.IPv4Network(167772160), ip.IPv6Network(b'\x00' * 16))
print(ip.ip_network('2001:db8::/126').exploded, list(ip.ip_network('2001:db8::/126').hosts()))
print(list(ip.ip_network('2001:db8::/128').hosts()), list(ip.ip_network('2001:db8::/127').hosts()))

print(list(ip.summarize_address_range(ip.IPv4Address('192.0.2.0'), ip.IPv4Address('192.0.2.130'))))
print(list(ip.summarize_address_range(ip.IPv4Address('0.0.0.0'), ip.IPv4Address('255.255.255.255'))))
print(list(ip.summarize_address_range(ip.IPv6Address('::1'), ip.IPv6Address('::8'))))
print(list(ip.collapse_addresses([ip.ip_network('192.0.2.0/25'), ip.ip_network('192.0.2.128/25')])))
print(list(ip.collapse_addresses([ip.ip_address('10.0.0.%d' % i) for i in (0, 1, 2, 3, 5, 7, 6)]
                                 + [ip.ip_network('10.0.0.4/32'), ip.ip_network('10.0.1.0/24')])))
print(list(ip.collapse_addresses([ip.ip_network('10.0.0.0/8'), ip.ip_network('10.1.0.0/16')])))
print(sorted([ip.ip_network('10.0.0.0/8'), ip.ip_address('10.0.0.1'), ip.ip_address('9.9.9.9')],
             key=ip.get_mixed_type_key), ip.get_mixed_type_key(5))

for text in ['192.168.1.5/24', '10.0.0.1/255.0.0.0', '2001:db8::5/64', '10.0.0.1', '::1/128']:
    i = ip.ip_interface(text)
    print(repr(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen,
          i.with_netmask, i.with_hostmask, i.exploded, i.compressed, i.version)
    print('  ', i.is_private, i.is_loopback, i.is_unspecified, i == ip.ip_interface(text),
          i == i.ip, i.ip in i.network)
i1, i2 = ip.ip_interface('10.0.0.5/24'), ip.ip_interface('10.0.0.5/16')
print(i1 == i2, i1 < i2, i2 < i1, sorted([i1, i2]), i1 < ip.ip_interface('10.0.0.6/24'))
print(ip.IPv4Interface((3232235777, 24)), ip.IPv6Interface(('::2', '120')))

BAD = ['192.168.0.1/24', '10.0.0.0/33', '10.0.0.0/-1', '10.0.0.0/a', '10.0.0.0/255.0.255.0',
       '10.0.0.0/1/2', '2001:db8::1/64', '::/129', '::/ff', 'x/24', '10.0.0.0/', '10.0.0.0/0.0.0.256',
       '1.2.3.4/255.255.255.1']
for bad in BAD:
    for f in (ip.ip_network, ip.IPv4Network, ip.IPv6Network, ip.ip_interface, ip.IPv4Interface):
        try:
            f(bad)
        except ValueError as e:
            print(getattr(f, '__name__', f), repr(bad), type(e).__name__, e)
for call in [lambda: list(n.subnets(new_prefix=20)), lambda: list(n.subnets(prefixlen_diff=2, new_prefix=31)),
             lambda: list(n.subnets(prefixlen_diff=-1)), lambda: list(n.subnets(prefixlen_diff=9)),
             lambda: n.supernet(new_prefix=30), lambda: n.supernet(prefixlen_diff=2, new_prefix=20),
             lambda: n.supernet(prefixlen_diff=40), lambda: n[8], lambda: n[-9],
             lambda: list(n.address_exclude(ip.ip_network('10.0.0.0/8'))),
             lambda: list(n.address_exclude(ip.ip_network('::/0'))),
             lambda: list(n.address_exclude(ip.ip_address('192.168.1.1'))),
             lambda: n.subnet_of(ip.ip_network('::/0')), lambda: n.subnet_of(ip.ip_address('1.1.1.1')),
             lambda: n < ip.ip_network('::/0'), lambda: n.compare_networks(ip.ip_network('::/0')),
             lambda: list(ip.summarize_address_range(ip.ip_address('1.1.1.2'), ip.ip_address('1.1.1.1'))),
             lambda: list(ip.summarize_address_range(n, n)),
             lambda: list(ip.summarize_address_range(ip.ip_address('1.1.1.1'), ip.ip_address('::1'))),
             lambda: list(ip.collapse_addresses([ip.ip_address('1.1.1.1'), ip.ip_address('::1')])),
             lambda: list(ip.collapse_addresses([ip.ip_network('1.1.1.0/24'), ip.ip_network('::/64')])),
             lambda: ip.ip_network('1.0.0.0/8') < ip.ip_address('1.0.0.0')]:
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
