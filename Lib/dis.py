"""Disassembly of Python bytecode: not available in the playground.

Interleave compiles Python to its own VM's instructions, not CPython's
bytecode, so there is nothing dis could show that would match CPython.
The module imports (with CPython 3.11's code-flag names, which inspect-style
code also reads); dis(), disassemble(), get_instructions(), code_info(),
show_code() and Bytecode raise NotImplementedError saying so.
"""

__all__ = ['code_info', 'dis', 'disassemble', 'distb', 'disco',
           'findlinestarts', 'findlabels', 'show_code', 'get_instructions',
           'Instruction', 'Bytecode', 'COMPILER_FLAG_NAMES']

COMPILER_FLAG_NAMES = {
    1: 'OPTIMIZED', 2: 'NEWLOCALS', 4: 'VARARGS', 8: 'VARKEYWORDS',
    16: 'NESTED', 32: 'GENERATOR', 64: 'NOFREE', 128: 'COROUTINE',
    256: 'ITERABLE_COROUTINE', 512: 'ASYNC_GENERATOR',
}


def _unavailable(name):
    raise NotImplementedError(
        f"dis.{name}() is not available in the Interleave playground: its VM "
        f"runs its own instructions, not CPython's bytecode")


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    _unavailable('dis')


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    _unavailable('disassemble')


disco = disassemble


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    _unavailable('distb')


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    _unavailable('get_instructions')


def code_info(x):
    _unavailable('code_info')


def show_code(co, *, file=None):
    _unavailable('show_code')


def findlinestarts(code):
    _unavailable('findlinestarts')


def findlabels(code):
    _unavailable('findlabels')


def pretty_flags(flags):
    """The names of a code object's flags, as CPython's dis prints them."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ', '.join(names)


class Instruction:
    def __init__(self, *args, **kwargs):
        _unavailable('Instruction')


class Bytecode:
    def __init__(self, x, *args, **kwargs):
        _unavailable('Bytecode')
