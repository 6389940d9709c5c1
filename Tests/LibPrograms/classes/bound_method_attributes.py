# A bound method reads the attributes its type lacks from its function
# (CPython's method_getattro), so decorators' marks are visible through it.
import functools


def mark(func):
    func.marked = "yes"
    return func


class Service:
    @mark
    def run(self):
        return 1

    def plain(self):
        return 2


s = Service()
print(s.run.marked, getattr(s.plain, "marked", "absent"), hasattr(s.run, "marked"))
Service.plain.note = "late"
print(s.plain.note, s.plain.__func__.note)
print(s.run.__name__, s.run.__qualname__, s.run.__self__ is s)
print(s.run.__dict__ == {"marked": "yes"})
try:
    s.run.nothing
except AttributeError as e:
    print(e)
try:
    s.run.marked = "no"
except AttributeError as e:
    print(e)


@functools.wraps(Service.run)
def wrapper(*args):
    return 0


print(wrapper.marked, wrapper.__wrapped__ is Service.run)
