import sched
import time

start = time.monotonic()
s = sched.scheduler(time.monotonic, time.sleep)
log = []

def job(name, extra=''):
    print(f'{time.monotonic() - start:6.2f} {name}{extra}')
    log.append(name)

e1 = s.enter(2, 1, job, ('second',))
e2 = s.enter(1, 1, job, ('first',))
e3 = s.enter(2, 0, job, ('second-high-priority',))
e4 = s.enter(5, 1, job, ('cancelled',))
s.enter(3, 1, job, argument=('kw',), kwargs={'extra': '!'})
s.enterabs(start + 2, 1, job, ('same time, later insert',))
print([ev.argument[0] for ev in s.queue], s.empty())
print(e1.priority, e1.sequence, e2 < e1, type(e1).__name__, e1._fields)
s.cancel(e4)
s.run()
print(log, s.empty(), round(time.monotonic() - start, 2))
try:
    s.cancel(e4)
except ValueError as e:
    print('ValueError', e)

s.enter(10, 1, job, ('later',))
s.enter(0, 1, job, ('now',))
print(round(s.run(blocking=False), 2), [ev.argument for ev in s.queue])
print(s.run(blocking=False) is not None)

clock = [0]
fake = sched.scheduler(lambda: clock[0], lambda d: clock.__setitem__(0, clock[0] + d))
fake.enter(3, 1, lambda: print('fake at', clock[0]))
fake.enter(1, 1, lambda: fake.enter(1, 1, lambda: print('nested at', clock[0])))
fake.run()
print(fake.run(blocking=False))
