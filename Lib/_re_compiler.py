"""Compiles a parsed regular expression (Lib/_re_parser.py) into a program
for the backtracking engine (Lib/_re_engine.py).

A program is a list of tuples whose first item is an opcode below. Groups
capture into registers 2*g and 2*g+1; registers past the captures hold the
start positions of loops whose body may match empty (MARK/CHECK), so an
empty iteration stops the loop as in CPython.
"""

from _re_parser import I, M, S, A, X, error

CHAR = 0        # (CHAR, c)
CHARI = 1       # (CHARI, c_lower)
ANY = 2         # (ANY, dotall)
SET = 3         # (SET, charset)
SPLIT = 4       # (SPLIT, preferred, other)
JMP = 5         # (JMP, target)
SAVE = 6        # (SAVE, register)
AT = 7          # (AT, kind, multiline, ascii)
BACKREF = 8     # (BACKREF, group, ignorecase)
LOOK = 9        # (LOOK, ahead, negated, program, width)
ATOMIC = 10     # (ATOMIC, program)
MARK = 11       # (MARK, register)
CHECK = 12      # (CHECK, register, exit): an empty iteration leaves the loop
MATCH = 13      # (MATCH,)
CAT = 14        # (CAT, name, ascii)
REPEAT_ONE = 15 # (REPEAT_ONE, matcher, min, max or -1, greedy): a run of one-char matches
GROUPREF_EXISTS = 16  # (GROUPREF_EXISTS, group, no_target): go on if the group matched


class CharSet:
    """A compiled character class."""

    __slots__ = ('negated', 'chars', 'ranges', 'cats', 'ignorecase', 'ascii', 'simple')

    def __init__(self, negated, chars, ranges, cats, ignorecase, ascii):
        self.negated = negated
        self.chars = chars
        self.ranges = ranges
        self.cats = cats
        self.ignorecase = ignorecase
        self.ascii = ascii
        # Only single characters, no ranges, categories or case folding:
        # membership in `chars` decides.
        self.simple = not ranges and not cats and not ignorecase

    def contains(self, c):
        found = self._contains(c)
        if not found and self.ignorecase:
            lo = c.lower()
            up = c.upper()
            # A form of more than one character ('İ'.lower()) matches nothing.
            found = ((lo != c and len(lo) == 1 and self._contains(lo))
                     or (up != c and len(up) == 1 and self._contains(up)))
        return found != self.negated

    def _contains(self, c):
        if c in self.chars:
            return True
        o = ord(c)
        for lo, hi in self.ranges:
            if lo <= o <= hi:
                return True
        for name in self.cats:
            if category(name, c, self.ascii):
                return True
        return False


def category(name, c, ascii):
    if name == 'd':
        return ('0' <= c <= '9') if ascii else c.isdecimal()
    if name == 'D':
        return not (('0' <= c <= '9') if ascii else c.isdecimal())
    if name == 's':
        return c in ' \t\n\r\f\v' if ascii else c.isspace()
    if name == 'S':
        return not (c in ' \t\n\r\f\v' if ascii else c.isspace())
    if name == 'w':
        return is_word(c, ascii)
    return not is_word(c, ascii)


def is_word(c, ascii):
    if ascii:
        return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')
    return c == '_' or c.isalnum()


class Compiler:
    def __init__(self, groups):
        self.groups = groups
        self.nregs = 2 * (groups + 1)

    def new_reg(self):
        r = self.nregs
        self.nregs += 1
        return r

    def compile(self, node, flags):
        prog = []
        self.emit(node, flags, prog)
        prog.append((MATCH,))
        return prog

    def emit(self, node, flags, prog):
        kind = node[0]
        if kind == 'lit':
            c = node[1]
            if flags & I and c.lower() != c.upper():
                prog.append((CHARI, c.lower()))
            else:
                prog.append((CHAR, c))
        elif kind == 'any':
            prog.append((ANY, bool(flags & S)))
        elif kind == 'cat':
            prog.append((CAT, node[1], bool(flags & A)))
        elif kind == 'set':
            prog.append((SET, self.charset(node, flags)))
        elif kind == 'at':
            prog.append((AT, node[1], bool(flags & M), bool(flags & A)))
        elif kind == 'seq':
            for item in node[1]:
                self.emit(item, flags, prog)
        elif kind == 'alt':
            # SPLIT L1, next; L1: a; JMP end; next: SPLIT L2, next2; ...
            jumps = []
            branches = node[1]
            for k, branch in enumerate(branches):
                if k < len(branches) - 1:
                    split_at = len(prog)
                    prog.append(None)
                    self.emit(branch, flags, prog)
                    jumps.append(len(prog))
                    prog.append(None)
                    prog[split_at] = (SPLIT, split_at + 1, len(prog))
                else:
                    self.emit(branch, flags, prog)
            for j in jumps:
                prog[j] = (JMP, len(prog))
        elif kind == 'group':
            index = node[1]
            if index is None:
                self.emit(node[2], flags, prog)
            else:
                prog.append((SAVE, 2 * index))
                self.emit(node[2], flags, prog)
                prog.append((SAVE, 2 * index + 1))
        elif kind == 'repeat':
            self.emit_repeat(node, flags, prog)
        elif kind == 'backref':
            prog.append((BACKREF, node[1], bool(flags & I)))
        elif kind == 'look':
            ahead, negated, sub = node[1], node[2], node[3]
            width = None
            if not ahead:
                width = fixed_width(sub)
                if width is None:
                    raise error('look-behind requires fixed-width pattern')
            subprog = []
            self.emit(sub, flags, subprog)
            subprog.append((MATCH,))
            prog.append((LOOK, ahead, negated, subprog, width))
        elif kind == 'flags':
            add, remove, sub = node[1], node[2], node[3]
            self.emit(sub, (flags | add) & ~remove, prog)
        elif kind == 'atomic':
            subprog = []
            self.emit(node[1], flags, subprog)
            subprog.append((MATCH,))
            prog.append((ATOMIC, subprog))
        elif kind == 'cond':
            # COND g, no ; yes ; JMP end ; no: no-branch ; end:
            at = len(prog)
            prog.append(None)
            self.emit(node[2], flags, prog)
            if node[3] is None:
                prog[at] = (GROUPREF_EXISTS, node[1], len(prog))
            else:
                jump = len(prog)
                prog.append(None)
                prog[at] = (GROUPREF_EXISTS, node[1], len(prog))
                self.emit(node[3], flags, prog)
                prog[jump] = (JMP, len(prog))
        else:
            raise error('unsupported regular expression construct ' + kind)

    def single_char_matcher(self, node, flags):
        """A matcher tuple for a node that always matches exactly one char
        (the engine scans runs of them without backtracking state)."""
        kind = node[0]
        if kind == 'lit':
            c = node[1]
            if flags & I and c.lower() != c.upper():
                return ('liti', c.lower())
            return ('lit', c)
        if kind == 'any':
            return ('any', bool(flags & S))
        if kind == 'cat':
            return ('cat', node[1], bool(flags & A))
        if kind == 'set':
            return ('set', self.charset(node, flags))
        if kind == 'group' and node[1] is None:
            return self.single_char_matcher(node[2], flags)
        if kind == 'flags':
            return self.single_char_matcher(node[3], (flags | node[1]) & ~node[2])
        return None

    def emit_repeat(self, node, flags, prog):
        lo, hi, greedy, body = node[1], node[2], node[3], node[4]
        matcher = self.single_char_matcher(body, flags)
        if matcher is not None:
            prog.append((REPEAT_ONE, matcher, lo, -1 if hi is None else hi, greedy))
            return
        for _ in range(lo):
            self.emit(body, flags, prog)
        may_be_empty = min_width(body) == 0
        if hi is None:
            # L: SPLIT body, out ; [MARK r] body [CHECK r] ; JMP L
            loop = len(prog)
            prog.append(None)
            reg = self.new_reg() if may_be_empty else None
            if reg is not None:
                prog.append((MARK, reg))
            self.emit(body, flags, prog)
            check = None
            if reg is not None:
                check = len(prog)
                prog.append(None)
            prog.append((JMP, loop))
            out = len(prog)
            prog[loop] = (SPLIT, loop + 1, out) if greedy else (SPLIT, out, loop + 1)
            if check is not None:
                prog[check] = (CHECK, reg, out)
            return
        splits = []
        checks = []
        for _ in range(hi - lo):
            at = len(prog)
            prog.append(None)
            splits.append(at)
            reg = self.new_reg() if may_be_empty else None
            if reg is not None:
                prog.append((MARK, reg))
            self.emit(body, flags, prog)
            if reg is not None:
                checks.append((len(prog), reg))
                prog.append(None)
        out = len(prog)
        for at in splits:
            prog[at] = (SPLIT, at + 1, out) if greedy else (SPLIT, out, at + 1)
        for at, reg in checks:
            prog[at] = (CHECK, reg, out)

    def charset(self, node, flags):
        negated, items = node[1], node[2]
        chars = set()
        ranges = []
        cats = []
        for item in items:
            if item[0] == 'ch':
                chars.add(item[1])
            elif item[0] == 'range':
                ranges.append((ord(item[1]), ord(item[2])))
            elif item[0] == 'cat':
                cats.append(item[1])
            else:
                chars.add(item[1])
        return CharSet(negated, frozenset(chars), tuple(ranges), tuple(cats),
                       bool(flags & I), bool(flags & A))


def min_width(node):
    kind = node[0]
    if kind in ('lit', 'any', 'cat', 'set'):
        return 1
    if kind in ('at', 'look', 'backref'):
        return 0
    if kind == 'seq':
        return sum(min_width(n) for n in node[1])
    if kind == 'alt':
        return min(min_width(n) for n in node[1])
    if kind == 'group':
        return min_width(node[2])
    if kind == 'repeat':
        return node[1] * min_width(node[4])
    if kind == 'flags':
        return min_width(node[3])
    if kind == 'atomic':
        return min_width(node[1])
    if kind == 'cond':
        return min(min_width(node[2]), 0 if node[3] is None else min_width(node[3]))
    return 0


def fixed_width(node):
    """The width of a pattern that always matches the same length, or None."""
    kind = node[0]
    if kind in ('lit', 'any', 'cat', 'set'):
        return 1
    if kind in ('at', 'look'):
        return 0
    if kind == 'seq':
        total = 0
        for n in node[1]:
            w = fixed_width(n)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        widths = {fixed_width(n) for n in node[1]}
        if len(widths) != 1:
            return None
        return widths.pop()
    if kind == 'group':
        return fixed_width(node[2])
    if kind == 'repeat':
        if node[2] != node[1]:
            return None
        w = fixed_width(node[4])
        return None if w is None else w * node[1]
    if kind == 'flags':
        return fixed_width(node[3])
    if kind == 'atomic':
        return fixed_width(node[1])
    if kind == 'cond':
        yes = fixed_width(node[2])
        no = 0 if node[3] is None else fixed_width(node[3])
        return yes if yes == no else None
    return None


def first_matcher(node, flags, compiler):
    """A one-char matcher every match must start with, or None."""
    while True:
        kind = node[0]
        if kind in ('lit', 'any', 'cat', 'set'):
            return compiler.single_char_matcher(node, flags)
        if kind == 'seq':
            if not node[1]:
                return None
            node = node[1][0]
        elif kind == 'group':
            node = node[2]
        elif kind == 'repeat' and node[1] >= 1:
            node = node[4]
        else:
            return None


def literal_prefix(node, flags):
    """The first character every match must start with, or None."""
    if flags & I:
        return None
    while True:
        kind = node[0]
        if kind == 'lit':
            return node[1]
        if kind == 'seq':
            if not node[1]:
                return None
            node = node[1][0]
        elif kind == 'group':
            node = node[2]
        elif kind == 'repeat' and node[1] >= 1:
            node = node[4]
        else:
            return None
