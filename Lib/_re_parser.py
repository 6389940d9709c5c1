"""Parser of regular expressions for Lib/re.py (CPython 3.11 syntax).

parse(pattern, flags) returns (tree, flags, groups, groupindex). The tree is
made of tuples:
  ('lit', ch)                 one character
  ('any',)                    '.'
  ('set', negated, items)     character class; items are ('ch', c),
                              ('range', lo, hi) or ('cat', name)
  ('cat', name)               \\d \\w \\s \\D \\W \\S outside a class
  ('at', kind)                ^ $ \\A \\Z \\b \\B
  ('seq', [nodes])
  ('alt', [nodes])
  ('group', index_or_None, node)
  ('repeat', min, max_or_None, greedy, node)
  ('backref', index)
  ('look', ahead, negated, node)
  ('flags', add, remove, node)  scoped inline flags (?i:...)
  ('atomic', node)            (?>...)
  ('cond', group, yes, no)    (?(group)yes|no); no may be None
A pattern outside the supported subset raises error naming the construct.
"""

I = 2
L = 4
M = 8
S = 16
U = 32
X = 64
A = 256

_FLAG_LETTERS = {'i': I, 'L': L, 'm': M, 's': S, 'u': U, 'x': X, 'a': A}
_TYPE_FLAGS = A | L | U
_GLOBAL_FLAGS = 128 | 1   # DEBUG, TEMPLATE (not inline letters)

MAXREPEAT = 4294967295


class error(Exception):
    """Exception raised for invalid regular expressions."""

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            msg = '%s at position %d' % (msg, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


_ESCAPE_CHARS = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                 't': '\t', 'v': '\v', '\\': '\\'}
_CATEGORIES = 'dDsSwW'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_OCT = '01234567'


class _Parser:
    def __init__(self, pattern, flags, istext=True):
        self.istext = istext
        self.global_end = 0      # where a global flags group may still start
        self.p = pattern
        self.i = 0
        self.n = len(pattern)
        self.flags = flags
        self.groups = 1          # next group number
        self.groupindex = {}
        self.open_groups = []
        self.closed_groups = set()
        self.condrefs = {}       # group number -> position of (?(N)...)

    def error(self, msg, pos=None):
        return error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < self.n else None

    def next(self):
        c = self.p[self.i]
        self.i += 1
        return c

    def verbose(self):
        return self.flags & X

    def skip_verbose(self):
        while self.i < self.n:
            c = self.p[self.i]
            if c in ' \t\n\r\f\v':
                self.i += 1
            elif c == '#':
                while self.i < self.n and self.p[self.i] != '\n':
                    self.i += 1
            else:
                break

    # alternation ------------------------------------------------------

    def parse_alt(self, depth):
        if depth > 100:
            raise self.error('too many nested groups')
        branches = [self.parse_seq(depth)]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.parse_seq(depth))
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def parse_seq(self, depth):
        items = []
        while True:
            if self.verbose():
                self.skip_verbose()
            c = self.peek()
            if c is None or c == '|' or c == ')':
                break
            start = self.i
            atom = self.parse_atom(depth)
            if atom is None:
                # A comment group: a quantifier after it applies to the item
                # before it (CPython skips the comment entirely).
                if items and self.peek() in ('*', '+', '?', '{'):
                    items[-1] = self.parse_quantifiers(items[-1], start)
                elif not items and self.peek() in ('*', '+', '?'):
                    raise self.error('nothing to repeat', self.i)
                continue
            atom = self.parse_quantifiers(atom, start)
            items.append(atom)
        if len(items) == 1:
            return items[0]
        return ('seq', items)

    def parse_quantifiers(self, atom, start):
        # A possessive repeat is wrapped as an atomic group, yet another
        # quantifier after it is still a 'multiple repeat' (as after a*).
        possessive = False
        while True:
            if self.verbose():
                self.skip_verbose()
            c = self.peek()
            if c is None:
                return atom
            qpos = self.i
            if c == '*':
                self.i += 1
                lo, hi = 0, None
            elif c == '+':
                self.i += 1
                lo, hi = 1, None
            elif c == '?':
                self.i += 1
                lo, hi = 0, 1
            elif c == '{':
                bounds = self.parse_braces()
                if bounds is None:
                    return atom
                lo, hi = bounds
            else:
                return atom
            if atom[0] == 'at' or (atom[0] == 'flags' and atom[3] is None):
                raise self.error('nothing to repeat', qpos)
            if (atom[0] == 'repeat' or possessive) and not getattr(self, '_allow_nested', False):
                raise self.error('multiple repeat', qpos)
            greedy = True
            possessive = False
            if self.peek() == '?':
                self.i += 1
                greedy = False
            elif self.peek() == '+':
                self.i += 1
                possessive = True
            node = ('repeat', lo, hi, greedy, atom)
            if possessive:
                node = ('atomic', node)
            atom = node

    def parse_braces(self):
        # {m}, {m,}, {,n}, {m,n}; anything else is a literal '{'.
        j = self.i + 1
        lo_start = j
        while j < self.n and self.p[j] in _DIGITS:
            j += 1
        lo_text = self.p[lo_start:j]
        hi_text = None
        if j < self.n and self.p[j] == ',':
            j += 1
            hi_start = j
            while j < self.n and self.p[j] in _DIGITS:
                j += 1
            hi_text = self.p[hi_start:j]
        else:
            hi_text = lo_text
        if j >= self.n or self.p[j] != '}':
            return None
        if not lo_text and hi_text is not None and not hi_text and ',' not in self.p[self.i:j]:
            return None
        if not lo_text and not hi_text and self.p[self.i + 1:j] == '':
            return None
        self.i = j + 1
        lo = int(lo_text) if lo_text else 0
        hi = int(hi_text) if hi_text else None
        if lo >= MAXREPEAT or (hi is not None and hi >= MAXREPEAT):
            raise OverflowError('the repetition number is too large')
        if hi is not None and hi < lo:
            raise self.error('min repeat greater than max repeat', self.i - (j + 1 - lo_start) + 0)
        return lo, hi

    # atoms ------------------------------------------------------------

    def parse_atom(self, depth):
        c = self.next()
        if c == '.':
            return ('any',)
        if c == '^':
            return ('at', 'bol')
        if c == '$':
            return ('at', 'eol')
        if c == '(':
            return self.parse_group(depth)
        if c == '[':
            return self.parse_class()
        if c == '\\':
            return self.parse_escape(False)
        if c in '*+?':
            raise self.error('nothing to repeat', self.i - 1)
        if c == '{':
            save = self.i
            self.i -= 1
            if self.parse_braces() is not None:
                raise self.error('nothing to repeat', save - 1)
            self.i = save
            return ('lit', '{')
        return ('lit', c)

    def parse_group(self, depth):
        start = self.i - 1
        if self.peek() == '?':
            self.i += 1
            c = self.peek()
            if c is None:
                raise self.error('unexpected end of pattern')
            self.i += 1
            if c == ':':
                node = self.parse_alt(depth + 1)
                self.expect_close(start)
                return ('group', None, node)
            if c == 'P':
                k = self.peek()
                if k == '<':
                    self.i += 1
                    name = self.read_name('>')
                    return self.capture(depth, start, name)
                if k == '=':
                    self.i += 1
                    name = self.read_name(')')
                    if name not in self.groupindex:
                        raise self.error(f'unknown group name {name!r}', self.i - len(name) - 1)
                    index = self.groupindex[name]
                    if index not in self.closed_groups:
                        raise self.error('cannot refer to an open group', self.i - len(name) - 1)
                    return ('backref', index)
                if k is None:
                    raise self.error('unexpected end of pattern')
                raise self.error(f'unknown extension ?P{k}', self.i - 2)
            if c == '<':
                k = self.peek()
                if k is None:
                    raise self.error('unexpected end of pattern')
                self.i += 1
                if k not in ('=', '!'):
                    raise self.error('unknown extension ?<' + k, self.i - 3)
                node = self.parse_alt(depth + 1)
                self.expect_close(start)
                return ('look', False, k == '!', node)
            if c in '=!':
                node = self.parse_alt(depth + 1)
                self.expect_close(start)
                return ('look', True, c == '!', node)
            if c == '#':
                while self.i < self.n and self.p[self.i] != ')':
                    self.i += 1
                if self.i >= self.n:
                    raise self.error('missing ), unterminated comment', start)
                self.i += 1
                if start == self.global_end:
                    self.global_end = self.i   # global flags may still follow
                return None
            if c == '>':
                node = self.parse_alt(depth + 1)
                self.expect_close(start)
                return ('atomic', node)
            if c == '(':
                return self.parse_conditional(depth, start)
            if c in _FLAG_LETTERS or c == '-':
                return self.parse_flags(c, depth, start)
            raise self.error('unknown extension ?' + c, self.i - 2)
        return self.capture(depth, start, None)

    def parse_conditional(self, depth, start):
        """(?(id/name)yes|no), after the '(?(' (CPython's checks and messages)."""
        j = self.p.find(')', self.i)
        if j < 0:
            raise self.error('missing ), unterminated name')
        name = self.p[self.i:j]
        if not name:
            raise self.error('missing group name')
        self.i = j + 1
        at = self.i - len(name) - 1
        if name.isidentifier():
            group = self.groupindex.get(name)
            if group is None:
                raise self.error(f'unknown group name {name!r}', at)
        else:
            if not (name.isdecimal() and name.isascii()):
                raise self.error(f'bad character in group name {name!r}', at)
            group = int(name)
            if not group:
                raise self.error('bad group number', at)
            if group >= 1073741823:
                raise self.error(f'invalid group reference {group}', at)
            self.condrefs.setdefault(group, at)
        yes = self.parse_seq(depth + 1)
        no = None
        if self.peek() == '|':
            self.i += 1
            no = self.parse_seq(depth + 1)
            if self.peek() == '|':
                raise self.error('conditional backref with more than two branches')
        if self.peek() != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1
        return ('cond', group, yes, no)

    def capture(self, depth, start, name):
        index = self.groups
        self.groups += 1
        if name is not None:
            if name in self.groupindex:
                raise self.error(f'redefinition of group name {name!r} as group {index}; '
                                 f'was group {self.groupindex[name]}', self.i - len(name) - 1)
            self.groupindex[name] = index
        node = self.parse_alt(depth + 1)
        self.expect_close(start)
        self.closed_groups.add(index)
        return ('group', index, node)

    def expect_close(self, start):
        if self.peek() != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1

    def read_name(self, terminator):
        j = self.p.find(terminator, self.i)
        if j < 0:
            if self.i >= self.n:
                raise self.error('missing group name')
            raise self.error('missing ' + terminator + ', unterminated name')
        name = self.p[self.i:j]
        if not name:
            raise self.error('missing group name')
        if not name.isidentifier():
            raise self.error(f'bad character in group name {name!r}')
        self.i = j + 1
        return name

    def parse_flags(self, c, depth, start):
        """(?aiLmsux) or (?aiLmsux-imsx:...), after the '(?' (CPython's
        _parse_flags, with its checks, messages and positions)."""
        add = 0
        remove = 0
        self.i -= 1
        char = self.next()
        if char != '-':
            while True:
                flag = _FLAG_LETTERS[char]
                if self.istext:
                    if char == 'L':
                        raise self.error("bad inline flags: cannot use 'L' flag with a str pattern")
                elif char == 'u':
                    raise self.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
                add |= flag
                if (flag & _TYPE_FLAGS) and (add & _TYPE_FLAGS) != flag:
                    raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                char = self.peek()
                if char is None:
                    raise self.error('missing -, : or )')
                self.i += 1
                if char in ')-:':
                    break
                if char not in _FLAG_LETTERS:
                    raise self.error('unknown flag' if char.isalpha() else 'missing -, : or )', self.i - 1)
        if char == ')':
            if not self.global_flags_ok(start):
                raise self.error('global flags not at the start of the expression', start)
            self.flags |= add
            self.global_end = self.i
            return None
        if add & _GLOBAL_FLAGS:
            raise self.error('bad inline flags: cannot turn on global flag', self.i - 1)
        if char == '-':
            char = self.peek()
            if char is None:
                raise self.error('missing flag')
            self.i += 1
            if char not in _FLAG_LETTERS:
                raise self.error('unknown flag' if char.isalpha() else 'missing flag', self.i - 1)
            while True:
                flag = _FLAG_LETTERS[char]
                if flag & _TYPE_FLAGS:
                    raise self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                remove |= flag
                char = self.peek()
                if char is None:
                    raise self.error('missing :')
                self.i += 1
                if char == ':':
                    break
                if char not in _FLAG_LETTERS:
                    raise self.error('unknown flag' if char.isalpha() else 'missing :', self.i - 1)
        if remove & _GLOBAL_FLAGS:
            raise self.error('bad inline flags: cannot turn off global flag', self.i - 1)
        if add & remove:
            raise self.error('bad inline flags: flag turned on and off', self.i - 1)
        saved = self.flags
        self.flags = (self.flags | add) & ~remove
        node = self.parse_alt(depth + 1)
        self.flags = saved
        self.expect_close(start)
        return ('flags', add, remove, node)

    def global_flags_ok(self, start):
        """Global flags may only open the pattern (after other global flags,
        and in verbose mode after whitespace and comments)."""
        if start == self.global_end:
            return True
        if not self.verbose():
            return False
        save = self.i
        self.i = self.global_end
        self.skip_verbose()
        ok = self.i == start
        self.i = save
        return ok

    def parse_escape(self, in_class):
        if self.i >= self.n:
            raise self.error('bad escape (end of pattern)', self.i - 1)
        start = self.i - 1
        c = self.next()
        if c in _CATEGORIES:
            return ('cat', c)
        if c in _ESCAPE_CHARS and not (c == 'b' and not in_class):
            return ('lit', _ESCAPE_CHARS[c])
        if not in_class:
            if c == 'A':
                return ('at', 'start')
            if c == 'Z':
                return ('at', 'end')
            if c == 'b':
                return ('at', 'boundary')
            if c == 'B':
                return ('at', 'nonboundary')
        if c in 'xuU':
            # CPython takes hex digits while there are some (at most the
            # escape's size) and names only those in its message.
            size = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = ''
            while len(digits) < size and self.i < self.n and self.p[self.i] in _HEX:
                digits += self.p[self.i]
                self.i += 1
            if len(digits) != size:
                raise self.error(f'incomplete escape \\{c}' + digits, start)
            value = int(digits, 16)
            if c == 'U' and value > 0x10FFFF:
                raise self.error(f'bad escape \\{c}' + digits, start)
            return ('lit', chr(value))
        if c == 'N' and self.istext:
            return ('lit', self.named_character())
        if c == '0':
            digits = ''
            while len(digits) < 2 and self.peek() is not None and self.peek() in _OCT:
                digits += self.next()
            return ('lit', chr(int('0' + digits, 8)))
        if c in _DIGITS:
            if in_class:
                # In a class every octal digit starts an octal escape.
                if c in _OCT:
                    digits = c
                    while len(digits) < 3 and self.peek() is not None and self.peek() in _OCT:
                        digits += self.next()
                    value = int(digits, 8)
                    if value > 0o377:
                        raise self.error('octal escape value \\%s outside of range 0-0o377' % digits, start)
                    return ('lit', chr(value))
                raise self.error('bad escape \\' + c, start)
            digits = c
            if self.peek() is not None and self.peek() in _DIGITS:
                digits += self.next()
                if (digits[0] in _OCT and digits[1] in _OCT and self.peek() is not None
                        and self.peek() in _OCT):
                    digits += self.next()
                    value = int(digits, 8)
                    if value > 0o377:
                        raise self.error('octal escape value \\%s outside of range 0-0o377' % digits, start)
                    return ('lit', chr(value))
            index = int(digits)
            if index >= self.groups or index not in self.closed_groups:
                if index < self.groups:
                    raise self.error('cannot refer to an open group', start)
                raise self.error('invalid group reference %d' % index, start + 1)
            return ('backref', index)
        if c.isascii() and c.isalnum():
            raise self.error('bad escape \\' + c, start)
        return ('lit', c)

    def named_character(self):
        """The character of a \\N{NAME} escape (after the N), with
        sre_parse's messages and positions."""
        if self.peek() != '{':
            raise self.error('missing {')
        self.i += 1
        name = ''
        while True:
            if self.i >= self.n:
                if not name:
                    raise self.error('missing character name')
                raise self.error('missing }, unterminated name', self.i - len(name))
            c = self.next()
            if c == '}':
                if not name:
                    raise self.error('missing character name', self.i - 1)
                break
            name += c
        import unicodedata
        try:
            return unicodedata.lookup(name)
        except (KeyError, TypeError):
            raise self.error('undefined character name %r' % name, self.i - len(name) - 4) from None

    def parse_class(self):
        start = self.i - 1
        negated = False
        if self.peek() == '^':
            self.i += 1
            negated = True
        items = []
        first = True
        while True:
            c = self.peek()
            if c is None:
                raise self.error('unterminated character set', start)
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            self.i += 1
            if c == '\\':
                item = self.parse_escape(True)
            else:
                item = ('lit', c)
            if (self.peek() == '-' and self.i + 1 < self.n
                    and self.p[self.i + 1] != ']'):
                self.i += 1
                hc = self.next()
                if hc == '\\':
                    hi = self.parse_escape(True)
                else:
                    hi = ('lit', hc)
                if item[0] != 'lit' or hi[0] != 'lit':
                    raise self.error('bad character range %s' % self.p[item_start:self.i], item_start)
                if ord(hi[1]) < ord(item[1]):
                    raise self.error('bad character range %s' % self.p[item_start:self.i], item_start)
                items.append(('range', item[1], hi[1]))
            elif item[0] == 'lit':
                items.append(('ch', item[1]))
            else:
                items.append(item)
        return ('set', negated, items)


def parse(pattern, flags, istext=True):
    parser = _Parser(pattern, flags, istext)
    # Global flags may appear at the very start; scan them first so the
    # whole pattern sees them (verbose mode changes tokenisation).
    tree = parser.parse_alt(0)
    if parser.i < parser.n:
        if parser.p[parser.i] == ')':
            raise error('unbalanced parenthesis', pattern, parser.i)
        raise error('internal error in regular expression parser', pattern, parser.i)
    for group, at in parser.condrefs.items():
        if group >= parser.groups:
            raise error(f'invalid group reference {group}', pattern, at)
    return tree, parser.flags, parser.groups - 1, dict(parser.groupindex)
