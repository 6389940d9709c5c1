"""importlib's programmatic import (CPython 3.11's `import_module` and
`reload`) over the VM's import system: the modules a program may import are
the sandbox's (shared/DESIGN.md), found the way an `import` statement finds
them.
"""

import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    """The absolute name of a relative import of `name` from `package`."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to `package`.
    Returns the module itself (for 'a.b', module a.b, not a)."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        name = _resolve_name(name[level:], package, level)
    if not name and level == 0:
        raise ValueError('Empty module name')
    if name in sys.modules:
        module = sys.modules[name]
        if module is None:
            raise ModuleNotFoundError(f'import of {name} halted; None in sys.modules',
                                      name=name)
        return module
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to invalidate: the sandbox's modules never change."""


def reload(module):
    """Returns `module`: the sandbox's modules are fixed, so reloading one
    finds the same code (its state is kept)."""
    if not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    return module
