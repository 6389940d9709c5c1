# Weak-reference callbacks and weakref.finalize run when the object dies
# (at the next instruction after the last reference goes), not before.
import asyncio
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Resource({self.name})'


def gone(label):
    def callback(ref):
        print('  callback:', label, 'ref dead:', ref() is None)
    return callback


a = Resource('a')
r = weakref.ref(a, gone('a'))
print('before del', r() is a)
del a
print('after del', r())

# A callback whose weak reference was dropped first never runs.
b = Resource('b')
weakref.ref(b, gone('b, ref dropped'))
del b
print('b deleted')

# finalize runs once: on death, or when called (then not again).
c = Resource('c')
f = weakref.finalize(c, print, '  finalize c')
print('alive', f.alive)
c = None
print('alive after death', f.alive)
d = Resource('d')
g = weakref.finalize(d, print, '  finalize d')
print('called by hand:', g(), g.alive)
del d
print('d deleted')

# Replacing the only reference, and a reference cycle broken by hand.
e = Resource('e')
weak_e = weakref.ref(e, gone('e'))
e = Resource('e2')
print('rebound', weak_e(), e)
x = Resource('x')
y = Resource('y')
x.other, y.other = y, x
fx = weakref.finalize(x, print, '  finalize x')
y.other = None
del y
print('cycle broken, x alive', fx.alive)
del x
print('x deleted')

# A connection opened by a task is finalized when the task's coroutine ends.
async def session(name, seconds):
    conn = Resource(name)
    weakref.finalize(conn, print, f'  closed {name}')
    await asyncio.sleep(seconds)
    print(f'{name} done')
    return name


async def main():
    print(await asyncio.gather(session('s1', 0.2), session('s2', 0.1)))

asyncio.run(main())
print('end')
