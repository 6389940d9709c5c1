"""The backtracking matcher behind Lib/re.py.

run(prog, string, pos, end, regs, ...) executes a program made by
Lib/_re_compiler.py at one start position, iteratively (an explicit stack of
choice points and register undo records, so long subjects never hit the
call-depth limit), and returns the end position of the first match in
CPython's leftmost-first order, or -1. `regs` receives the capture
registers of that match.
"""

from _re_compiler import (CHAR, CHARI, ANY, SET, SPLIT, JMP, SAVE, AT, BACKREF,
                          LOOK, ATOMIC, MARK, CHECK, MATCH, CAT, REPEAT_ONE, GROUPREF_EXISTS,
                          category, is_word)

_RESTORE = -1
_GIVEBACK = -2
_EXTEND = -3


def _cat_test(name, ascii):
    """A fast one-argument test for a \\d \\w \\s category (and negations)."""
    if ascii:
        return lambda c: category(name, c, True)
    if name == 'w':
        return lambda c: c.isalnum() or c == '_'
    if name == 'W':
        return lambda c: not (c.isalnum() or c == '_')
    if name == 'd':
        return str.isdecimal
    if name == 'D':
        return lambda c: not c.isdecimal()
    if name == 's':
        return str.isspace
    return lambda c: not c.isspace()


def _test(matcher):
    """A one-argument predicate for matcher, cached on the tuple's list form."""
    kind = matcher[0]
    if kind == 'lit':
        c = matcher[1]
        return lambda ch: ch == c
    if kind == 'any':
        if matcher[1]:
            return lambda ch: True
        return lambda ch: ch != '\n'
    if kind == 'cat':
        return _cat_test(matcher[1], matcher[2])
    if kind == 'set':
        charset = matcher[1]
        if charset.simple:
            chars = charset.chars
            if charset.negated:
                return lambda ch: ch not in chars
            return lambda ch: ch in chars
        return charset.contains
    c = matcher[1]
    return lambda ch: ch.lower() == c


_tests = {}


def test_for(matcher):
    key = id(matcher)
    entry = _tests.get(key)
    if entry is None or entry[0] is not matcher:
        entry = (matcher, _test(matcher))
        _tests[key] = entry
    return entry[1]


def run_length(matcher, s, pos, limit):
    """The end of the run of chars from pos (before limit) that matcher accepts."""
    kind = matcher[0]
    if kind == 'lit':
        c = matcher[1]
        while pos < limit and s[pos] == c:
            pos += 1
        return pos
    if kind == 'any':
        if matcher[1]:
            return limit
        j = s.find('\n', pos, limit)
        return limit if j < 0 else j
    test = test_for(matcher)
    while pos < limit and test(s[pos]):
        pos += 1
    return pos


def skip_to(matcher, s, pos, end):
    """The first position from pos (before end) where matcher accepts, or end."""
    if matcher[0] == 'lit':
        j = s.find(matcher[1], pos, end)
        return end if j < 0 else j
    test = test_for(matcher)
    while pos < end and not test(s[pos]):
        pos += 1
    return pos


def accepts(matcher, ch):
    return test_for(matcher)(ch)


def _at(kind, multiline, ascii, s, pos, end):
    if kind == 'bol':
        if pos == 0:
            return True
        return multiline and s[pos - 1] == '\n'
    if kind == 'eol':
        if pos == end:
            return True
        if multiline:
            return s[pos] == '\n'
        return pos == end - 1 and s[pos] == '\n'
    if kind == 'start':
        return pos == 0
    if kind == 'end':
        return pos == end
    if end == 0:
        return False   # SRE: \b and \B never match an empty subject
    before = pos > 0 and is_word(s[pos - 1], ascii)
    after = pos < end and is_word(s[pos], ascii)
    if kind == 'boundary':
        return before != after
    return before == after


def run(prog, s, start, end, regs, must_advance=False, match_all=False, toplevel=True):
    """Match prog against s[start:end] anchored at start; -1 if none."""
    stack = []
    push = stack.append
    pc = 0
    pos = start
    while True:
        op = prog[pc]
        code = op[0]
        ok = True
        if code == CHAR:
            if pos < end and s[pos] == op[1]:
                pos += 1
                pc += 1
                continue
            ok = False
        elif code == SPLIT:
            push((op[2], pos))
            pc = op[1]
            continue
        elif code == REPEAT_ONE:
            lo, hi = op[2], op[3]
            limit = end if hi < 0 or pos + hi > end else pos + hi
            run_end = run_length(op[1], s, pos, limit)
            least = pos + lo
            if run_end >= least:
                if op[4]:
                    if run_end > least:
                        push((_GIVEBACK, pc + 1, least, run_end))
                    pos = run_end
                else:
                    if run_end > least:
                        push((_EXTEND, pc + 1, least, run_end))
                    pos = least
                pc += 1
                continue
            ok = False
        elif code == JMP:
            pc = op[1]
            continue
        elif code == SET:
            if pos < end and op[1].contains(s[pos]):
                pos += 1
                pc += 1
                continue
            ok = False
        elif code == CAT:
            if pos < end and category(op[1], s[pos], op[2]):
                pos += 1
                pc += 1
                continue
            ok = False
        elif code == ANY:
            if pos < end and (op[1] or s[pos] != '\n'):
                pos += 1
                pc += 1
                continue
            ok = False
        elif code == CHARI:
            if pos < end and s[pos].lower() == op[1]:
                pos += 1
                pc += 1
                continue
            ok = False
        elif code == SAVE or code == MARK:
            r = op[1]
            push((_RESTORE, r, regs[r]))
            regs[r] = pos
            pc += 1
            continue
        elif code == CHECK:
            pc = pc + 1 if regs[op[1]] != pos else op[2]
            continue
        elif code == AT:
            if _at(op[1], op[2], op[3], s, pos, end):
                pc += 1
                continue
            ok = False
        elif code == MATCH:
            if toplevel and ((match_all and pos != end) or (must_advance and pos == start)):
                ok = False
            else:
                return pos
        elif code == BACKREF:
            g = op[1]
            gs = regs[2 * g]
            ge = regs[2 * g + 1]
            if gs < 0 or ge < 0:
                ok = False
            else:
                length = ge - gs
                if pos + length > end:
                    ok = False
                elif op[2]:
                    ok = s[gs:ge].lower() == s[pos:pos + length].lower()
                else:
                    ok = s.startswith(s[gs:ge], pos)
                if ok:
                    pos += length
                    pc += 1
                    continue
        elif code == LOOK:
            ahead, negated, sub, width = op[1], op[2], op[3], op[4]
            if ahead:
                at = pos
            else:
                at = pos - width
            if at < 0:
                matched = False
            else:
                trial = list(regs)
                matched = run(sub, s, at, end if ahead else pos, trial, toplevel=False) >= 0
            if matched != negated:
                if matched and not negated:
                    for r in range(len(regs)):
                        if trial[r] != regs[r]:
                            push((_RESTORE, r, regs[r]))
                            regs[r] = trial[r]
                pc += 1
                continue
            ok = False
        elif code == GROUPREF_EXISTS:
            g = op[1]
            pc = pc + 1 if regs[2 * g] >= 0 and regs[2 * g + 1] >= 0 else op[2]
            continue
        elif code == ATOMIC:
            trial = list(regs)
            e = run(op[1], s, pos, end, trial, toplevel=False)
            if e >= 0:
                for r in range(len(regs)):
                    if trial[r] != regs[r]:
                        push((_RESTORE, r, regs[r]))
                        regs[r] = trial[r]
                pos = e
                pc += 1
                continue
            ok = False
        # Failure: undo register writes back to the latest choice point.
        while stack:
            entry = stack.pop()
            marker = entry[0]
            if marker >= 0:
                pc, pos = entry
                break
            if marker == _RESTORE:
                regs[entry[1]] = entry[2]
                continue
            if marker == _GIVEBACK:
                # Greedy run: give one char back and try the rest again.
                pos = entry[3] - 1
                if pos > entry[2]:
                    push((_GIVEBACK, entry[1], entry[2], pos))
            else:
                # Lazy run: take one more char and try the rest again.
                pos = entry[2] + 1
                if pos < entry[3]:
                    push((_EXTEND, entry[1], pos, entry[3]))
            pc = entry[1]
            break
        else:
            return -1
