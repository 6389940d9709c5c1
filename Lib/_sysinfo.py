"""Structured values of the `sys` module (sys.version_info, flags,
float_info, int_info, hash_info, implementation, thread_info), as CPython
3.11 shows them on 64-bit Linux. Loaded by the native sys factory
(Sources/Runtime/NativeModules/SysExtras)."""


def _structseq(type_name, module, fields, qualified=True):
    """A tuple subclass with named, read-only fields (CPython's structseq);
    its repr names the module unless `qualified` is false."""
    shown = f'{module}.{type_name}' if qualified else type_name

    class StructSeq(tuple):
        __slots__ = ()
        n_fields = len(fields)
        n_sequence_fields = len(fields)
        n_unnamed_fields = 0

        def __new__(cls, values):
            return tuple.__new__(cls, values)

        def __repr__(self):
            inner = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
            return f'{shown}({inner})'

        def __reduce__(self):
            return (type(self), (tuple(self),))

    for index, name in enumerate(fields):
        setattr(StructSeq, name, property(lambda self, i=index: self[i]))
    StructSeq.__name__ = type_name
    StructSeq.__qualname__ = type_name
    StructSeq.__module__ = module
    return StructSeq


version_info = _structseq('version_info', 'sys',
                          ('major', 'minor', 'micro', 'releaselevel', 'serial'))((3, 11, 7, 'final', 0))

flags = _structseq('flags', 'sys', (
    'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
    'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning',
    'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
    'warn_default_encoding', 'safe_path', 'int_max_str_digits'))((
        0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, 4300))

float_info = _structseq('float_info', 'sys', (
    'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
    'mant_dig', 'epsilon', 'radix', 'rounds'))((
        1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
        15, 53, 2.220446049250313e-16, 2, 1))

int_info = _structseq('int_info', 'sys', (
    'bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
    'str_digits_check_threshold'))((30, 4, 4300, 640))

hash_info = _structseq('hash_info', 'sys', (
    'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
    'seed_bits', 'cutoff'))((64, 2305843009213693951, 314159, 0, 1000003,
                            'siphash13', 64, 128, 0))

thread_info = _structseq('thread_info', 'sys', ('name', 'lock', 'version'))((
    'pthread', 'semaphore', None))


class _Implementation:
    def __init__(self):
        self.name = 'cpython'
        self.cache_tag = 'cpython-311'
        self.version = version_info
        self.hexversion = 0x030B07F0
        self._multiarch = 'x86_64-linux-gnu'

    def __repr__(self):
        return ("namespace(name='cpython', cache_tag='cpython-311', version=" + repr(self.version)
                + ", hexversion=51054576, _multiarch='x86_64-linux-gnu')")


implementation = _Implementation()

# What sys.get_asyncgen_hooks() returns (SysAsyncGenHooks.swift builds it).
asyncgen_hooks = _structseq('asyncgen_hooks', 'builtins', ('firstiter', 'finalizer'),
                            qualified=False)
