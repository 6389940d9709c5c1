"""Unix shell-style filename matching, as CPython 3.11's fnmatch.

`*` matches anything, `?` one character, `[seq]` one character of seq,
`[!seq]` one character not in seq. fnmatch() normalises case as
os.path.normcase does (on POSIX: not at all); fnmatchcase() never does.
Patterns are translated to regular expressions and the compiled ones are
cached, as in CPython.
"""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (after os.path.normcase)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        pat_str = str(pat, 'ISO-8859-1')
        res_str = translate(pat_str)
        res = bytes(res_str, 'ISO-8859-1')
    else:
        res = translate(pat)
    return re.compile(res).match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that
    match PAT."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    match = _compile_pattern(pat)
    return match(name) is not None


def translate(pat):
    """Translate a shell PATTERN to a regular expression (CPython's exact
    output, so programs that print it read the same)."""
    STAR = object()
    parts = _translate_parts(pat, STAR)
    return _join_translated_parts(parts, STAR)


def _translate_parts(pat, STAR):
    res = []
    add = res.append
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # Consecutive stars collapse into one.
            if (not res) or res[-1] is not STAR:
                add(STAR)
        elif c == '?':
            add('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                add('\\[')
                continue
            stuff = pat[i:j]
            if '-' not in stuff:
                stuff = stuff.replace('\\', r'\\')
            else:
                stuff = _escape_ranges(pat, i, j)
            stuff = re.sub(r'([&~|])', r'\\\1', stuff)
            i = j + 1
            if not stuff:
                # An empty range matches nothing: [!] is handled below.
                add('(?!)')
            elif stuff == '!':
                add('.')
            else:
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] in ('^', '['):
                    stuff = '\\' + stuff
                add(f'[{stuff}]')
        else:
            add(re.escape(c))
    return res


def _escape_ranges(pat, i, j):
    # Split the set at its range hyphens, drop ranges that are empty
    # (a-Z), and escape backslashes and hyphens inside each piece.
    chunks = []
    k = i + 2 if pat[i] == '!' else i + 1
    while True:
        k = pat.find('-', k, j)
        if k < 0:
            break
        chunks.append(pat[i:k])
        i = k + 1
        k = k + 3
    chunk = pat[i:j]
    if chunk:
        chunks.append(chunk)
    else:
        chunks[-1] += '-'
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return '-'.join(s.replace('\\', r'\\').replace('-', r'\-')
                    for s in chunks)


def _join_translated_parts(inp, STAR):
    # A star between two fixed pieces becomes an atomic group (?>.*?piece),
    # so matching never backtracks into it (linear time, as CPython 3.11).
    res = []
    add = res.append
    i, n = 0, len(inp)
    while i < n and inp[i] is not STAR:
        add(inp[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            add('.*')
            break
        fixed = []
        while i < n and inp[i] is not STAR:
            fixed.append(inp[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            add('.*')
            add(fixed)
        else:
            add(f'(?>.*?{fixed})')
    res = ''.join(res)
    return fr'(?s:{res})\Z'
