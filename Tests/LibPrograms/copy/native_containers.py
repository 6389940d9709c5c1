# copy/deepcopy of bytearray and collections.deque (and subclasses keeping
# their attributes): contents, maxlen and identity sharing.
import collections
import copy

d = collections.deque([1, [2]], maxlen=5)
d2 = copy.deepcopy(d)
d2[1].append(3)
print(d, d2, d2.maxlen)
d3 = copy.copy(d)
print(d3, d3[1] is d[1])
print(copy.deepcopy(bytearray(b'ab')), copy.copy(bytearray(b'cd')))


class History(collections.deque):
    pass


h = History([1, 2], maxlen=3)
h.label = 'recent'
h2 = copy.deepcopy(h)
print(type(h2).__name__, h2, h2.maxlen, h2.label)


class Buffer(bytearray):
    pass


b = Buffer(b'q')
b.k = 1
c = copy.deepcopy(b)
print(type(c).__name__, c, c.k)
shared = bytearray(b'z')
pair = copy.deepcopy([shared, shared])
pair[0].append(65)
print(pair, pair[0] is pair[1], shared)
state = {'queue': collections.deque(['job1']), 'raw': bytearray(b'\x00\x01')}
clone = copy.deepcopy(state)
clone['queue'].append('job2')
clone['raw'][0] = 255
print(state, clone)
