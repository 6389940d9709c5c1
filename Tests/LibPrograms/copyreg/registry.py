# copyreg: the dispatch table, constructor checks, extension codes (and
# pickle's EXT opcodes), __newobj__ and _reconstructor.
import copyreg
import pickle


class Celsius:
    def __init__(self, t):
        self.t = t


def show(f, *args):
    try:
        print('ok', f(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(copyreg.pickle, Celsius, 1)
show(copyreg.constructor, 1)
copyreg.pickle(Celsius, lambda c: (Celsius, (c.t,)))
print(Celsius in copyreg.dispatch_table)
print(pickle.loads(pickle.dumps(Celsius(21))).t)
copyreg.add_extension('__main__', 'Celsius', 240)
copyreg.add_extension('__main__', 'Celsius', 240)
print(pickle.dumps(Celsius, 2), pickle.dumps(Celsius, 4))
print(pickle.loads(pickle.dumps(Celsius, 2)) is Celsius)
show(copyreg.add_extension, '__main__', 'Other', 240)
show(copyreg.add_extension, '__main__', 'Celsius', 241)
show(copyreg.add_extension, 'm', 'n', 0)
show(copyreg.remove_extension, '__main__', 'Celsius', 7)
copyreg.remove_extension('__main__', 'Celsius', 240)
print(pickle.dumps(Celsius, 2))
copyreg.add_extension('__main__', 'Celsius', 70000)
print(pickle.dumps(Celsius, 2))
copyreg.remove_extension('__main__', 'Celsius', 70000)
copyreg.clear_extension_cache()
obj = copyreg.__newobj__(Celsius)
print(type(obj).__name__, obj.__dict__)
print(copyreg._reconstructor(Celsius, object, None).__dict__)
print(copyreg.__newobj_ex__(Celsius, (), {}).__dict__)
print(sorted(copyreg.__all__))
