# Large temporary objects that die quickly must not add up to the memory limit.
out = ''
for i in range(6000):
    out += "line %010d\n" % i
print(len(out))
sizes = []
for i in range(1000):
    s = 'x' * 100000
    sizes.append(len(s))
print(sum(sizes))
total = 0
for i in range(100):
    big = [i] * 50000
    total += len(big)
print(total)
