"""Python 2 names for protocols 0-2 (``fix_imports``), the part of CPython's
_compat_pickle tables that names modules the playground has."""

REVERSE_IMPORT_MAPPING = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
    'reprlib': 'repr', '_thread': 'thread', 'html.entities': 'htmlentitydefs',
    'urllib.parse': 'urlparse', 'collections.abc': '_abcoll',
    '_functools': 'functools', '_pickle': 'pickle', 'subprocess': 'commands',
    'http.client': 'httplib', 'http.server': 'BaseHTTPServer',
}

REVERSE_NAME_MAPPING = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
}
for _name in (
        'ArithmeticError AssertionError AttributeError BaseException '
        'BufferError BytesWarning DeprecationWarning EOFError Exception '
        'FloatingPointError FutureWarning GeneratorExit ImportError '
        'ImportWarning IndentationError IndexError KeyError KeyboardInterrupt '
        'LookupError MemoryError NameError NotImplementedError OSError '
        'OverflowError PendingDeprecationWarning ReferenceError RuntimeError '
        'RuntimeWarning StopIteration SyntaxError SyntaxWarning SystemError '
        'SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError '
        'UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning '
        'UserWarning ValueError Warning ZeroDivisionError').split():
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', _name)
for _name in (
        'BrokenPipeError ChildProcessError ConnectionAbortedError '
        'ConnectionError ConnectionRefusedError ConnectionResetError '
        'FileExistsError FileNotFoundError InterruptedError IsADirectoryError '
        'NotADirectoryError PermissionError ProcessLookupError '
        'TimeoutError').split():
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
del _name

# The loading direction: Python 2 names to Python 3 ones.
IMPORT_MAPPING = {v: k for k, v in REVERSE_IMPORT_MAPPING.items()
                  if k not in ('_functools', '_pickle')}
NAME_MAPPING = {v: k for k, v in REVERSE_NAME_MAPPING.items()
                if v[1] not in ('OSError', 'ImportError') or k[1] == v[1]}
NAME_MAPPING[('exceptions', 'StandardError')] = ('builtins', 'Exception')
