# sys: version_info fields, maxsize, byteorder, float_info/int_info,
# stdout/stderr objects (write returns the length, writelines, names,
# print(file=...)), _getframe, exc_info inside a handler, exit codes.
import sys

print(sys.version_info >= (3, 11), sys.version_info[:2], sys.version_info.major, sys.version_info.minor,
      sys.version_info.releaselevel, type(sys.version_info).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig,
      sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.implementation.name)
n = sys.stdout.write('written\n')
print('write returned', n, sys.stdout.name, sys.stderr.name, sys.stdout is sys.__stdout__, sys.stdout.isatty())
sys.stdout.writelines(['a', 'b', '\n'])
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
sys.stderr.write('also stderr\n')


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


sink = Sink()
print('captured', 42, sep='-', end='!', file=sink)
print(sink.parts)


def caller_name():
    return sys._getframe(1).f_code.co_name


def outer():
    return caller_name(), sys._getframe().f_code.co_name, sys._getframe(0).f_lineno


print(outer(), sys.getrecursionlimit() >= 100, isinstance(sys.argv, list))
try:
    raise KeyError('k')
except KeyError:
    etype, value, _ = sys.exc_info()
    print(etype.__name__, repr(value))
print(sys.exc_info())
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys._getframe(999)
except ValueError as e:
    print('ValueError', e)
sys.exit('bye')
