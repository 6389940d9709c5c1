"""The backtracking matcher behind Lib/re.py.

run(prog, string, pos, end, regs, ...) executes a program made by
Lib/_re_compiler.py at one start position, iteratively (an explicit stack of
choice points and register undo records, so long subjects never hit the
call-depth limit), and returns the end position of the first match in
CPython's leftmost-first order, or -1. `regs` receives the capture
registers of that match.
"""

from _re_compiler import (CHAR, CHARI, ANY, SET, SPLIT, JMP, SAVE, AT, BACKREF,
                          LOOK, ATOMIC, MARK, CHECK, MATCH, CAT, category, is_word)

_RESTORE = -1


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
            if entry[0] == _RESTORE:
                regs[entry[1]] = entry[2]
                continue
            pc, pos = entry
            break
        else:
            return -1
