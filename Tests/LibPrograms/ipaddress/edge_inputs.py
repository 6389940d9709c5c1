import ipaddress as ip
for t in ['::', '::0', '0::', '1::', '::1:2', '1:0:0:1:0:0:0:1', '0:0:1:0:0:0:0:0', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8',
          '::ffff:1.2.3.4', '64:ff9b::1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '::1.2.3.4', 'ABCD:EF01::', '1:02:003:0004::',
          '00000::1', '1:2:3:4:5:6:7:8:', ':::', '1::2:', '::/0', '1.2.3.4', '001.2.3.4', '1.2.3.4%x', 'fe80::%', '[::1]']:
    try:
        a = ip.ip_address(t)
        print(repr(t), a, a.exploded, int(a))
    except ValueError as e:
        print(repr(t), e)
for t in ['10.0.0.0/8', '10.0.0.0/255.0.0.0', '10.0.0.0/0.255.255.255', '10.0.0.0/255.255.0.255', '10.0.0.0/08',
          '10.0.0.0/ 8', '::/64', '::/064', '::/ffff::', '1.2.3.4/32', (1, 32), ('1.2.3.0', '24'), (b'\x01\x02\x03\x00', 24),
          ('::', 0), 3232235776, 2 ** 32]:
    for f in (ip.ip_network, ip.ip_interface):
        try:
            print(repr(t), f(t), f(t).with_netmask)
        except (ValueError, TypeError) as e:
            print(repr(t), type(e).__name__, e)
n = ip.ip_network('10.0.0.0/30')
print(list(n.subnets(new_prefix=32)), n.supernet(new_prefix=0), sorted([n, ip.ip_network('10.0.0.0/31')]))
print(list(ip.ip_network('::/126').subnets()), ip.ip_network('2001:db8::/48').supernet(prefixlen_diff=16))
print(n.is_private, ip.ip_network('100.64.0.0/10').is_global, ip.ip_network('100.64.0.0/10').is_private)
print(ip.ip_network('192.0.0.0/24').is_private, ip.ip_address('192.0.0.9').is_global, ip.ip_address('::ffff:8.8.8.8').is_private)
