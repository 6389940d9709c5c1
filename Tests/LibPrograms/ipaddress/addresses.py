import ipaddress as ip

for text in ['192.168.0.1', '10.0.0.255', '0.0.0.0', '255.255.255.255', '127.0.0.1',
             '169.254.1.1', '224.0.0.1', '100.64.0.1', '8.8.8.8', '240.0.0.1',
             '::1', '::', '2001:db8::1', '::ffff:192.0.2.1',
             'fe80::', 'ff02::1', '2002:c000:0204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2',
             '2001:db8:0:0:1:0:0:1', '1:0:0:2:0:0:0:3', 'FEC0::1', '0:0:0:0:0:0:0:1',
             '2001:db8:85a3::8a2e:370:7334']:
    a = ip.ip_address(text)
    print(repr(a), str(a), a.version, a.max_prefixlen, int(a), a.packed.hex())
    print('  ', a.exploded, a.compressed, a.reverse_pointer)
    print('  ', a.is_private, a.is_global, a.is_multicast, a.is_loopback,
          a.is_link_local, a.is_reserved, a.is_unspecified)
    if a.version == 6:
        print('  ', a.ipv4_mapped, a.teredo, a.sixtofour, a.scope_id, a.is_site_local)

a = ip.IPv4Address('192.0.2.1')
print(a + 1, a - 1, a + 255, ip.IPv4Address(3232235521), ip.IPv4Address(b'\xc0\xa8\x00\x01'))
print(ip.IPv6Address(1), ip.IPv6Address(b'\x00' * 15 + b'\x02'), ip.ip_address(2 ** 32))
print(a == ip.IPv4Address('192.0.2.1'), a < ip.IPv4Address('192.0.2.2'), a >= a, a != 3)
print(sorted([ip.ip_address('10.0.0.2'), ip.ip_address('9.0.0.1'), ip.ip_address('10.0.0.1')]))
print(format(a), format(a, 's'), format(a, '>20s'), format(a, 'b'), format(a, '#x'),
      format(a, '_b'), format(a, 'X'), format(a, 'n'), format(a, '#_x'))
v6 = ip.ip_address('2001:db8::1')
print(format(v6, 'x'), format(v6, '#_n'), f'{v6:X}')
print(ip.ip_address('fe80::1%eth0') == ip.ip_address('fe80::1'), ip.ip_address('fe80::1%1'))
print(ip.v4_int_to_packed(1), ip.v6_int_to_packed(2).hex())
print(a.__reduce__(), ip.ip_address('fe80::1%x').__reduce__())

BAD = ['', '1.2.3', '1.2.3.4.5', '1.2.3.256', '1.2.3.04', '1.2.3.a', '1.2.3.1234', '1..2.3',
       '1.2.3.4/24', ':', '1:2', '1:2:3:4:5:6:7:8:9', '1::2::3', ':1::2', '1::2:', '1:2:3:4:5:6:7:8::',
       '1:2:3:4:5:6:7', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', 'g::1', '12345::1', '::1.2.3.256',
       'fe80::1%', 'fe80::1%a%b', -1, 2 ** 128, b'\x01\x02', 1.5, None, '1:2:3:4:5:6:1.2.3.4:5']
for bad in BAD:
    for cls in (ip.IPv4Address, ip.IPv6Address):
        try:
            cls(bad)
        except ValueError as e:
            print(cls.__name__, repr(bad), type(e).__name__, e)
    try:
        ip.ip_address(bad)
    except ValueError as e:
        print('ip_address', repr(bad), e)
for value in (-1, 2 ** 32):
    try:
        ip.v4_int_to_packed(value)
    except ValueError as e:
        print(e)
try:
    ip.ip_address('1.2.3.4') < ip.ip_address('::1')
except TypeError as e:
    print(e)
try:
    ip.ip_address('1.2.3.4') < 5
except TypeError as e:
    print(e)
print(ip.AddressValueError.__mro__[1].__name__, ip.IPv4Address.__module__)
scoped = ip.ip_address('fe80::1%eth0')
print(scoped, scoped.scope_id, scoped.is_link_local, scoped.packed.hex())
try:
    scoped.exploded
except ValueError as e:
    print('exploded:', e)
try:
    format(a, '>20')
except TypeError as e:
    print(e)
