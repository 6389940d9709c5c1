"""Regular expressions (CPython 3.11's re module, for str patterns).

The common subset of CPython's syntax and semantics: literals and escapes,
classes, groups (numbered, named, non-capturing), alternation, greedy, lazy
and possessive quantifiers, anchors, backreferences, lookahead and
fixed-width lookbehind, atomic groups, inline and scoped flags. Patterns are
parsed by Lib/_re_parser.py, compiled by Lib/_re_compiler.py and run by the
backtracking engine of Lib/_re_engine.py. A construct outside the subset
(conditional groups, \\N{...}) raises re.error naming it; bytes patterns are
not supported.
"""

import _re_parser
from _re_parser import error, I, L, M, S, U, X, A
from _re_parser import A as _A, U as _U
from _re_compiler import Compiler, literal_prefix, first_matcher
from _re_engine import run as _run, skip_to as _skip_to
try:
    # Interleave's native matcher for the same programs; CPython has none
    # and runs Lib/_re_engine.py.
    import _re_native
except ImportError:
    _re_native = None

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'template', 'escape', 'error',
           'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII',
           'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']

NOFLAG = 0
T = TEMPLATE = 1
DEBUG = 128

# Definition order of CPython's RegexFlag members (reprs list them this way).
_FLAG_NAMES = [(A, 'ASCII'), (I, 'IGNORECASE'), (L, 'LOCALE'), (U, 'UNICODE'),
               (M, 'MULTILINE'), (S, 'DOTALL'), (X, 'VERBOSE'), (T, 'TEMPLATE'),
               (DEBUG, 'DEBUG')]
_ALL_FLAGS = 0
for _value, _name in _FLAG_NAMES:
    _ALL_FLAGS |= _value


# The order CPython's compiled patterns (_sre) list their flags in.
_PATTERN_FLAG_NAMES = [(T, 'TEMPLATE'), (I, 'IGNORECASE'), (L, 'LOCALE'),
                       (M, 'MULTILINE'), (S, 'DOTALL'), (U, 'UNICODE'),
                       (X, 'VERBOSE'), (DEBUG, 'DEBUG'), (A, 'ASCII')]


def _flags_repr(flags, order=_FLAG_NAMES):
    names = []
    for value, name in order:
        if flags & value:
            names.append('re.' + name)
            flags &= ~value
    if flags:
        names.append(hex(flags))
    return '|'.join(names)


class RegexFlag(int):
    """re's flags: an int whose repr names the flags (CPython: an IntFlag)."""

    def __repr__(self):
        return _flags_repr(int(self)) or 're.NOFLAG'

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return int.__format__(int(self), spec)

    @property
    def name(self):
        text = _flags_repr(int(self))
        if not text:
            return 'NOFLAG'
        return text.replace('re.', '')

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __reduce__(self):
        return RegexFlag, (int(self),)


A = ASCII = RegexFlag(A)
I = IGNORECASE = RegexFlag(I)
L = LOCALE = RegexFlag(L)
U = UNICODE = RegexFlag(U)
M = MULTILINE = RegexFlag(M)
S = DOTALL = RegexFlag(S)
X = VERBOSE = RegexFlag(X)
T = TEMPLATE = RegexFlag(T)
DEBUG = RegexFlag(DEBUG)
NOFLAG = RegexFlag(0)

# The members are class attributes too (re.RegexFlag.IGNORECASE, RegexFlag.I).
for _short, _long in (('A', 'ASCII'), ('I', 'IGNORECASE'), ('L', 'LOCALE'),
                      ('U', 'UNICODE'), ('M', 'MULTILINE'), ('S', 'DOTALL'),
                      ('X', 'VERBOSE'), ('T', 'TEMPLATE')):
    setattr(RegexFlag, _short, globals()[_long])
    setattr(RegexFlag, _long, globals()[_long])
RegexFlag.DEBUG = DEBUG
RegexFlag.NOFLAG = NOFLAG
del _short, _long


_NOARG = object()


def _missing_argument(method, name, position):
    """The TypeError of a Pattern method (C, Argument Clinic) called
    without a required argument."""
    return TypeError(f"{method}() missing required argument '{name}' (pos {position})")


from _c_types import c_type_name as _c_type_name


@_c_type_name
class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags):
        self._bytes = False
        text = pattern
        if not isinstance(pattern, str):
            if _has_bytes and isinstance(pattern, _BYTES_TYPES):
                # bytes patterns run on the latin-1 decoding of the bytes.
                self._bytes = True
                text = bytes(pattern).decode('latin-1')
                if flags & _U:
                    raise ValueError('cannot use UNICODE flag with a bytes pattern')
            else:
                raise TypeError('first argument must be string or compiled pattern')
        if not self._bytes and flags & L:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        tree, all_flags, groups, groupindex = _re_parser.parse(text, flags | (_A if self._bytes else 0), not self._bytes)
        if self._bytes:
            all_flags &= ~_A
            all_flags |= flags & _A
        if all_flags & _A and all_flags & _U:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        if not all_flags & _A and not self._bytes:
            all_flags |= _U
        self.pattern = pattern
        self.flags = all_flags
        self.groups = groups
        self.groupindex = type(type.__dict__)(groupindex)  # a read-only mappingproxy
        compiler = Compiler(groups)
        self._prog = compiler.compile(tree, all_flags | (_A if self._bytes else 0))
        self._nregs = compiler.nregs
        self._prefix = literal_prefix(tree, all_flags)
        self._first = None if self._prefix is not None else first_matcher(
            tree, all_flags | (_A if self._bytes else 0), compiler)
        self._native = None
        if _re_native is not None:
            self._native = _re_native.compile(self._prog, self._prefix, self._first)

    def __repr__(self):
        flags = self.flags
        if not flags & _A:
            flags &= ~_U
        text = repr(self.pattern)
        if self._bytes:
            flags &= ~_U
        if len(text) > 200:
            text = text[:200]
        if flags:
            return f're.compile({text}, {_flags_repr(flags, _PATTERN_FLAG_NAMES)})'
        return f're.compile({text})'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        # CPython registers this with copyreg: unpickling compiles again.
        return _compile, (self.pattern, self.flags)

    # matching ---------------------------------------------------------

    def _text(self, string):
        """The str the engine matches: string itself, or the latin-1
        decoding of a bytes subject for a bytes pattern."""
        if isinstance(string, str):
            if self._bytes:
                raise TypeError('cannot use a bytes pattern on a string-like object')
            return string
        if _has_bytes and isinstance(string, _BYTES_TYPES):
            if not self._bytes:
                raise TypeError('cannot use a string pattern on a bytes-like object')
            return bytes(string).decode('latin-1')
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")

    def _out(self, value):
        if self._bytes and isinstance(value, str):
            return value.encode('latin-1')
        return value

    def _bounds(self, string, pos, endpos):
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        return pos, endpos

    def _try(self, string, start, end, must_advance=False, match_all=False):
        regs = [-1] * self._nregs
        if self._native is not None:
            return regs if _re_native.match(self._native, string, start, end, regs, match_all) else None
        e = _run(self._prog, string, start, end, regs, must_advance, match_all)
        if e < 0:
            return None
        regs[0] = start
        regs[1] = e
        return regs

    def _search(self, string, pos, endpos, must_advance=False):
        start = pos
        prefix = self._prefix
        first = self._first
        prog = self._prog
        regs = [-1] * self._nregs
        if self._native is not None:
            return regs if _re_native.search(self._native, string, pos, endpos, regs, must_advance) else None
        while start <= endpos:
            if prefix is not None:
                start = string.find(prefix, start, endpos)
                if start < 0:
                    return None
            elif first is not None:
                # Skip positions where no match can start.
                start = _skip_to(first, string, start, endpos)
                if start >= endpos:
                    return None
            # A failed attempt restores every register, so regs is reused.
            e = _run(prog, string, start, endpos, regs, must_advance and start == pos, False)
            if e >= 0:
                regs[0] = start
                regs[1] = e
                return regs
            start += 1
        return None

    def match(self, string=_NOARG, pos=0, endpos=None):
        """Matches zero or more characters at the beginning of the string."""
        if string is _NOARG:
            raise _missing_argument('match', 'string', 1)
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        regs = self._try(text, pos, endpos)
        return None if regs is None else Match(self, string, pos, endpos, regs, text)

    def fullmatch(self, string=_NOARG, pos=0, endpos=None):
        """Matches against all of the string."""
        if string is _NOARG:
            raise _missing_argument('fullmatch', 'string', 1)
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        regs = self._try(text, pos, endpos, match_all=True)
        return None if regs is None else Match(self, string, pos, endpos, regs, text)

    def search(self, string=_NOARG, pos=0, endpos=None):
        """Scan through string looking for a match, and return a
        corresponding match object instance."""
        if string is _NOARG:
            raise _missing_argument('search', 'string', 1)
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        regs = self._search(text, pos, endpos)
        return None if regs is None else Match(self, string, pos, endpos, regs, text)

    def _iter_regs(self, string, pos, endpos):
        must_advance = False
        while pos <= endpos:
            regs = self._search(string, pos, endpos, must_advance)
            if regs is None:
                return
            yield regs
            must_advance = regs[1] == regs[0]
            pos = regs[1]

    def finditer(self, string=_NOARG, pos=0, endpos=None):
        """Return an iterator over all non-overlapping matches."""
        if string is _NOARG:
            raise _missing_argument('finditer', 'string', 1)
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return (Match(self, string, pos, endpos, regs, text)
                for regs in self._iter_regs(text, pos, endpos))

    def findall(self, string=_NOARG, pos=0, endpos=None):
        """Return a list of all non-overlapping matches of pattern in string."""
        if string is _NOARG:
            raise _missing_argument('findall', 'string', 1)
        string = self._text(string)
        pos, endpos = self._bounds(string, pos, endpos)
        out = []
        conv = self._out
        for regs in self._iter_regs(string, pos, endpos):
            if self.groups == 0:
                out.append(conv(string[regs[0]:regs[1]]))
            elif self.groups == 1:
                out.append(conv(_group_text(string, regs, 1, '')))
            else:
                out.append(tuple(conv(_group_text(string, regs, g, ''))
                                 for g in range(1, self.groups + 1)))
        return out

    def split(self, string=_NOARG, maxsplit=0):
        """Split string by the occurrences of pattern."""
        if string is _NOARG:
            raise _missing_argument('split', 'string', 1)
        string = self._text(string)
        pos, endpos = self._bounds(string, 0, None)
        out = []
        last = 0
        count = 0
        for regs in self._iter_regs(string, pos, endpos):
            if maxsplit and count >= maxsplit:   # SRE: a negative maxsplit splits nothing
                break
            out.append(string[last:regs[0]])
            for g in range(1, self.groups + 1):
                out.append(_group_text(string, regs, g, None))
            last = regs[1]
            count += 1
        out.append(string[last:])
        return [self._out(x) for x in out]

    def subn(self, repl=_NOARG, string=_NOARG, count=0):
        """Return the tuple (new_string, number_of_subs_made)."""
        if repl is _NOARG:
            raise _missing_argument('subn', 'repl', 1)
        if string is _NOARG:
            raise _missing_argument('subn', 'string', 2)
        original = string
        string = self._text(string)
        # A replacement of the other kind (str for a bytes pattern, bytes for
        # a str pattern) fails only where CPython joins its literal text with
        # the result's pieces: mismatch is the index of that literal.
        mismatch = None
        if callable(repl):
            expand = None
        else:
            repl_is_bytes = _has_bytes and isinstance(repl, _BYTES_TYPES)
            if repl_is_bytes:
                repl = bytes(repl).decode('latin-1')
            elif not isinstance(repl, str):
                hash(repl)  # CPython's template cache is keyed on repl
                raise TypeError('decoding to str: need a bytes-like object, '
                                f'{type(repl).__name__} found')
            expand = _compile_template(self, repl)
            if repl_is_bytes != self._bytes:
                mismatch = _template_literal_index(expand)
                wrong = 'bytes' if repl_is_bytes else 'str'
        out = []
        # CPython joins the pieces at the end: the first piece of the wrong
        # type (kind, index among the pieces) fails only after every callback ran.
        bad = None
        last = 0
        n = 0
        for regs in self._iter_regs(string, 0, len(string)):
            if count and n >= count:   # SRE: a negative count replaces nothing
                break
            if last < regs[0]:
                out.append(string[last:regs[0]])
            if expand is None:
                piece = repl(Match(self, original, 0, len(string), regs, string))
                if self._bytes and _has_bytes and isinstance(piece, _BYTES_TYPES):
                    piece = bytes(piece).decode('latin-1')
                elif piece is not None and (self._bytes or not isinstance(piece, str)):
                    if bad is None:
                        bad = (len(out), type(piece).__name__)
                    piece = ''
                if piece is not None:
                    out.append(piece)
            elif mismatch is not None:
                if len(expand) == 1:   # a plain literal is one piece of the result
                    mismatch += len(out)
                raise TypeError(_join_error(self._bytes, mismatch, wrong))
            else:
                out.append(_expand(expand, string, regs))
            last = regs[1]
            n += 1
        if bad is not None:
            raise TypeError(_join_error(self._bytes, bad[0], bad[1]))
        out.append(string[last:])
        return self._out(''.join(out)), n

    def sub(self, repl=_NOARG, string=_NOARG, count=0):
        """Return the string obtained by replacing the leftmost
        non-overlapping occurrences of pattern in string by repl."""
        if repl is _NOARG:
            raise _missing_argument('sub', 'repl', 1)
        if string is _NOARG:
            raise _missing_argument('sub', 'string', 2)
        return self.subn(repl, string, count)[0]

    def scanner(self, string=_NOARG, pos=0, endpos=None):
        """An SRE_Scanner: successive match()/search() calls continue where
        the previous match ended."""
        if string is _NOARG:
            raise _missing_argument('scanner', 'string', 1)
        return _Scanner(self, string, pos, endpos)

    def __class_getitem__(cls, item):
        from _generic_alias import GenericAlias
        return GenericAlias(cls, item)


class _Scanner:
    """CPython's SRE_Scanner: a position in a subject that each successful
    match() or search() moves to the end of its match; after a failure
    every call returns None."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._text = pattern._text(string)
        self._pos, self._endpos = pattern._bounds(self._text, pos, endpos)
        self._start = self._pos
        self._must_advance = False

    def _next(self, regs):
        if regs is not None and self._must_advance and regs[1] == self._start:
            regs = None   # an engine that cannot step past an empty match
        if regs is None:
            self._start = None
            return None
        self._must_advance = regs[1] == regs[0]
        self._start = regs[1]
        return Match(self.pattern, self._string, self._pos, self._endpos, regs, self._text)

    def match(self):
        if self._start is None:
            return None
        return self._next(self.pattern._try(self._text, self._start, self._endpos,
                                            must_advance=self._must_advance))

    def search(self):
        if self._start is None or self._start > self._endpos:
            return None
        return self._next(self.pattern._search(self._text, self._start, self._endpos,
                                               self._must_advance))

    def __class_getitem__(cls, item):
        from _generic_alias import GenericAlias
        return GenericAlias(cls, item)


_Scanner.__name__ = _Scanner.__qualname__ = 'SRE_Scanner'
_Scanner.__module__ = 're'


def _group_text(string, regs, g, default):
    s, e = regs[2 * g], regs[2 * g + 1]
    if s < 0 or e < 0:
        return default
    return string[s:e]


def _compile_template(pattern, repl):
    """A replacement template as a list of str pieces and group numbers."""
    pieces = []
    literal = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', repl, i)
        k = repl[i + 1]
        if k == 'g':
            j = repl.find('>', i + 3)
            if i + 2 >= n or repl[i + 2] != '<':
                raise error('missing <', repl, i + 2)
            if j < 0:
                if i + 3 >= n:
                    raise error('missing group name', repl, i + 3)
                raise error('missing >, unterminated name', repl, i + 3)
            name = repl[i + 3:j]
            if not name:
                raise error('missing group name', repl, i + 3)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error('invalid group reference %d' % index, repl, i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError(f'unknown group name {name!r}')
                index = pattern.groupindex[name]
            else:
                raise error(f'bad character in group name {name!r}', repl, i + 3)
            pieces.append(''.join(literal))
            literal = []
            pieces.append(index)
            i = j + 1
        elif k == '0':
            digits = ''
            j = i + 2
            while len(digits) < 2 and j < n and repl[j] in '01234567':
                digits += repl[j]
                j += 1
            literal.append(chr(int('0' + digits, 8)))
            i = j
        elif k.isdigit():
            j = i + 2
            digits = k
            if j < n and repl[j].isdigit():
                if (k in '01234567' and repl[j] in '01234567' and j + 1 < n
                        and repl[j + 1] in '01234567'):
                    value = int(repl[i + 1:j + 2], 8)
                    if value > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377'
                                    % repl[i + 1:j + 2], repl, i)
                    literal.append(chr(value))
                    i = j + 2
                    continue
                digits += repl[j]
                j += 1
            index = int(digits)
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, repl, i + 1)
            pieces.append(''.join(literal))
            literal = []
            pieces.append(index)
            i = j
        else:
            escapes = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                       't': '\t', 'v': '\v', '\\': '\\'}
            if k in escapes:
                literal.append(escapes[k])
            elif k.isascii() and k.isalpha():
                raise error('bad escape \\' + k, repl, i)
            else:
                literal.append('\\' + k)
            i += 2
    pieces.append(''.join(literal))
    return pieces


def _template_literal_index(template):
    """Where the first non-empty literal of a compiled template sits among
    the pieces CPython's expand_template joins (one per literal, one per
    group reference), or None when it has no literal text."""
    index = 0
    for piece in template:
        if isinstance(piece, int):
            index += 1
        elif piece:
            return index
    return None


def _join_error(want_bytes, index, found):
    if want_bytes:
        return f'sequence item {index}: expected a bytes-like object, {found} found'
    return f'sequence item {index}: expected str instance, {found} found'


def _expand(template, string, regs):
    out = []
    for piece in template:
        if isinstance(piece, int):
            out.append(_group_text(string, regs, piece, ''))
        else:
            out.append(piece)
    return ''.join(out)


@_c_type_name
class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, regs, text=None):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._regs = regs
        self._text = string if text is None else text

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError('no such group')

    def group(self, *groups):
        """Return one or more subgroups of the match."""
        conv = self.re._out
        if not groups:
            return conv(_group_text(self._text, self._regs, 0, None))
        if len(groups) == 1:
            return conv(_group_text(self._text, self._regs, self._index(groups[0]), None))
        return tuple(conv(_group_text(self._text, self._regs, self._index(g), None))
                     for g in groups)

    def __getitem__(self, group):
        return self.re._out(_group_text(self._text, self._regs, self._index(group), None))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match."""
        conv = self.re._out
        return tuple(conv(_group_text(self._text, self._regs, g, default))
                     for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups."""
        conv = self.re._out
        return {name: conv(_group_text(self._text, self._regs, index, default))
                for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._regs[2 * self._index(group)]

    def end(self, group=0):
        return self._regs[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return (self._regs[2 * g], self._regs[2 * g + 1])

    @property
    def regs(self):
        return tuple((self._regs[2 * g], self._regs[2 * g + 1])
                     for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for g in range(1, self.re.groups + 1):
            e = self._regs[2 * g + 1]
            if e >= 0 and self._regs[2 * g] >= 0 and e >= best_end:
                # CPython: the group that closed last (outermost on ties).
                if e > best_end or best is None:
                    best, best_end = g, e
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        for name, g in self.re.groupindex.items():
            if g == index:
                return name
        return None

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the
        template string."""
        if self.re._bytes and _has_bytes and isinstance(template, _BYTES_TYPES):
            template = bytes(template).decode('latin-1')
        return self.re._out(_expand(_compile_template(self.re, template), self._text, self._regs))

    def __repr__(self):
        return (f'<re.Match object; span=({self._regs[0]}, {self._regs[1]}), '
                f'match={repr(self.group(0))[:50]}>')   # CPython's %.50R

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 're.Match' object")

    def __class_getitem__(cls, item):
        from _generic_alias import GenericAlias
        return GenericAlias(cls, item)


import builtins as _builtins
_BYTES_TYPES = tuple(getattr(_builtins, name) for name in ('bytes', 'bytearray')
                     if hasattr(_builtins, name))
_has_bytes = bool(_BYTES_TYPES)
del _builtins

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile(pattern, flags | T)


_SPECIAL_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL_CHARS else c for c in pattern)
    if _has_bytes and isinstance(pattern, _BYTES_TYPES):
        return escape(bytes(pattern).decode('latin-1')).encode('latin-1')
    # CPython decodes anything else as latin-1 (its TypeError for an int:
    # 'decoding to str: need a bytes-like object, int found').
    return escape(str(pattern, 'latin1')).encode('latin1')


class Scanner:
    """CPython's (undocumented) re.Scanner: scan() splits a string into
    tokens by trying the lexicon's phrases at each position, in order, and
    returns (tokens, unmatched rest). An action may be None (skip the
    token), a callable action(scanner, text) or any other value."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            self._actions[group] = action
            parts.append('(%s)' % phrase)
            group += 1 + compile(phrase, flags).groups
        self.scanner = compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        i = 0
        while True:
            m = self.scanner.match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            index = m.lastindex
            while index not in self._actions:
                index -= 1
            action = self._actions[index]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
