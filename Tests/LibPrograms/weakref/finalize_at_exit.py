# weakref.finalize callbacks still alive at exit run then, newest first,
# unless their atexit is false; a dead or detached one does not run again.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


kept = [Resource(f"r{i}") for i in range(4)]
finalizers = [weakref.finalize(r, print, "closing", r.name) for r in kept]
finalizers[1].atexit = False
finalizers[2]()
finalizers[3].detach()
temp = Resource("temp")
weakref.finalize(temp, print, "temp gone")
del temp
print("alive:", [f.alive for f in finalizers], [f.atexit for f in finalizers])
print("end of program")
