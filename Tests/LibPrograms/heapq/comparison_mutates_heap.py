# heapq follows CPython's C sift routines: a comparison that changes the
# heap's size raises "list changed size during iteration"; the max
# helpers check their argument; equal items pop in CPython's order.
import heapq
class Evil:
    def __init__(self, v, heap=None, mode=None): self.v, self.heap, self.mode = v, heap, mode
    def __lt__(self, other):
        if self.heap is not None and self.mode == 'grow':
            self.heap.append(Evil(99)); self.heap = None
        elif self.heap is not None and self.mode == 'clear':
            self.heap.clear(); self.heap = None
        return self.v < other.v
    def __repr__(self): return f'E{self.v}'
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
h = [Evil(i) for i in range(5)]
t(lambda: heapq.heappush(h, Evil(-1, h, 'grow')))
print(h)
h = [Evil(i) for i in range(5)]
t(lambda: heapq.heappushpop(h, Evil(9, h, 'clear')))
h = [Evil(3, None), Evil(1), Evil(2)]
h[0].heap = h; h[0].mode = 'grow'
t(lambda: heapq.heapify(h))
h = [Evil(i) for i in range(6)]
h[1].heap = h; h[1].mode = 'grow'
t(lambda: heapq.heappop(h))
t(lambda: heapq.heappop([]))
t(lambda: heapq._heappop_max([]))
t(lambda: heapq._heapreplace_max([], 1))
h = [5, 3, 8, 1, 9, 2]
heapq._heapify_max(h); print(h, heapq._heappop_max(h), heapq._heapreplace_max(h, 0), h)
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3]: heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(4)], heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), h)
print(heapq.nsmallest(3, [5, 1, 4, 1, 9]), heapq.nlargest(2, [5, 1, 4, 1, 9]), list(heapq.merge([1, 4], [2, 3])))
pairs = [(1, 'a'), (1, 'b'), (0, 'c'), (1, 'd')]
h = []
for p in pairs: heapq.heappush(h, p)
print([heapq.heappop(h) for _ in range(4)])
