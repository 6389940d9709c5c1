import _thread
import threading

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e, _thread.error is RuntimeError)
with lock:
    print('inside', lock.locked())
print('outside', lock.locked())

rlock = _thread.RLock()
print(rlock.acquire(), rlock.acquire(), end=' ')
rlock.release()
rlock.release()
print('released twice')

done = threading.Event()
results = []


def worker(n, scale=1):
    results.append(n * scale)
    if len(results) == 3:
        done.set()


for n in range(3):
    ident = _thread.start_new_thread(worker, (n,), {'scale': 10})
    print('started', isinstance(ident, int))
done.wait(5)
print(sorted(results))
print(isinstance(_thread.get_ident(), int), _thread.get_ident() == threading.get_ident())
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX, _thread.stack_size())
try:
    _thread.start_new_thread(worker, [1])
except TypeError as e:
    print('TypeError', e)
try:
    _thread.start_new_thread(worker, (1,), [])
except TypeError as e:
    print('TypeError', e)
