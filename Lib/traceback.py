"""Extract, format and print information about Python stack traces
(CPython 3.11's traceback module).

Traceback entries come from the VM (`_interleave_tb.entries(tb)`: file,
line, function, the instruction's columns and its operator/subscript
anchors, outermost first); on CPython they come from tb_next/tb_frame and
co_positions. Source lines come from `_interleave_tb.source_line` (the
program's own file), and are underlined with carets as CPython 3.11 does
(`^^^` under the failing call, `~~^~~` around an operator or subscript).
"""

import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

import builtins as _builtins
_BaseExceptionGroup = getattr(_builtins, 'BaseExceptionGroup', ())
del _builtins

try:
    import _interleave_tb as _native
except ImportError:
    _native = None


def _source_line(filename, lineno):
    if filename.startswith(_CPYTHON_PREFIX):
        return _asyncio_sites().source_line(filename, lineno)
    if _native is not None:
        getter = getattr(_native, 'source_line', None)
        if getter is None:
            return None
        return getter(filename, lineno)
    try:
        import linecache
    except ImportError:
        return None
    return linecache.getline(filename, lineno) or None


_CPYTHON_PREFIX = '<cpython>/asyncio/'


def _asyncio_sites():
    import _asyncio_sites
    return _asyncio_sites


def _faced(entries, traceback=False):
    """[(index, entry)] of the entries shown as CPython shows them (our
    asyncio's frames as CPython's: Lib/_asyncio_sites.py)."""
    return _asyncio_sites().faced(entries, traceback)


def _native_frame_names():
    """{module file: names of its functions that stand in for C functions}:
    a module's __builtin_function_names__ plus its __native_frame_names__
    (methods such as operator.attrgetter.__call__)."""
    out = {}
    for module in list(sys.modules.values()):
        names = getattr(module, '__builtin_function_names__', None)
        extra = getattr(module, '__native_frame_names__', None)
        filename = getattr(module, '__file__', None)
        if (names or extra) and isinstance(filename, str):
            out[filename] = set(names or ()) | set(extra or ())
    return out


def _visible(entries):
    """Which entries (outermost first) CPython would show: a frame of a
    library function that CPython implements in C is not one, nor are the
    frames of its own module that it calls (a callback it calls in other
    code is)."""
    native = _native_frame_names()
    keep = []
    inside = None
    for entry in entries:
        filename, name = entry[0], entry[2]
        if inside is not None and filename == inside:
            keep.append(False)
            continue
        inside = None
        if name in native.get(filename, ()):
            inside = filename
            keep.append(False)
        else:
            keep.append(True)
    return keep


def _tb_entries(tb):
    """The visible entries of a traceback (see _raw_tb_entries)."""
    entries = _raw_tb_entries(tb)
    entries = [e for e, keep in zip(entries, _visible(entries)) if keep]
    return [e for _, e in _faced(entries, True)]


def _raw_tb_entries(tb):
    """[(filename, lineno, name, end_lineno, colno, end_colno, anchor), ...]
    of a traceback, outermost first (columns are UTF-8 byte offsets or None;
    anchor is None or (kind, from, to): kind 1 is `left op right` with
    from/to the end of left and the start of right, kind 2 is
    `value[slice]` with from/to the ends of value and slice)."""
    if tb is None:
        return []
    if _native is not None:
        if not isinstance(tb, BaseException) and not hasattr(tb, 'tb_next'):
            tb.tb_frame  # CPython's walk_tb fails here: AttributeError naming the type
        return list(_native.entries(tb))
    out = []
    while tb is not None:
        co = tb.tb_frame.f_code
        lineno, end_lineno, colno, end_colno = _instruction_position(co, tb.tb_lasti, tb.tb_lineno)
        anchor = _anchor_by_parsing(co.co_filename, lineno, end_lineno, colno, end_colno)
        out.append((co.co_filename, lineno, co.co_name, end_lineno, colno, end_colno, anchor))
        tb = tb.tb_next
    return out


def _tb_locals(tb):
    """The f_locals of a traceback's visible frames, outermost first."""
    entries = _raw_tb_entries(tb)
    keep = _visible(entries)
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_locals)
        tb = tb.tb_next
    shown = [(e, f_locals) for e, f_locals, k in zip(entries, out, keep) if k]
    faced = _faced([e for e, _ in shown], True)
    return [shown[i][1] if not e[0].startswith(_CPYTHON_PREFIX) else {}
            for i, e in faced]


def _instruction_position(code, lasti, lineno):
    """(lineno, end_lineno, colno, end_colno) of an instruction on CPython."""
    if lasti < 0:
        return lineno, None, None, None
    for i, position in enumerate(code.co_positions()):
        if i == lasti // 2:
            first, last, col, end_col = position
            return (lineno if first is None else first), last, col, end_col
    return lineno, None, None, None


def _anchor_by_parsing(filename, lineno, end_lineno, colno, end_colno):
    """On CPython (no VM anchors): the anchor of a one-line span whose text
    parses as a binary operation or a subscript."""
    if None in (colno, end_colno) or lineno != end_lineno:
        return None
    text = _source_line(filename, lineno)
    if not text:
        return None
    raw = text.encode('utf-8')
    try:
        import ast
        tree = ast.parse(raw[colno:end_colno].decode('utf-8'))
    except Exception:
        return None
    if len(tree.body) != 1 or type(tree.body[0]).__name__ != 'Expr':
        return None
    node = tree.body[0].value

    def col(offset):  # ast column within the segment -> byte column in the line
        return colno + offset

    if type(node).__name__ == 'BinOp':
        return (1, col(node.left.end_col_offset), col(node.right.col_offset))
    if type(node).__name__ == 'Subscript':
        return (2, col(node.value.end_col_offset), col(node.slice.end_col_offset))
    return None


def _char_column(line, byte_offset):
    """The character index of a UTF-8 byte offset within `line`."""
    return len(line.encode('utf-8')[:byte_offset].decode('utf-8', 'replace'))


def _split_anchor(segment, line, start, anchor):
    """(left_end, right_start): character offsets within `segment` (the
    underlined text, starting at character `start` of `line`) where the
    operands' `~` give way to the operation's `^` and back."""
    kind, first, second = anchor
    left = _char_column(line, first) - start
    right = _char_column(line, second) - start
    if kind == 1:
        gap = segment[left:right]
        # The operator is the first non-blank text after the left operand;
        # closing parentheses of a parenthesised operand are skipped too.
        skipped = len(gap) - len(gap.lstrip())
        op_start = left + skipped
        width = 2 if skipped + 1 < len(gap) and not gap[skipped + 1].isspace() else 1
        while op_start < len(segment) and (segment[op_start].isspace() or segment[op_start] in ')#'):
            op_start += 1
        return op_start, op_start + width
    # A subscript: from its opening bracket through its closing one.
    open_at, close_at = left, right + 1
    while open_at < len(segment) and segment[open_at] != '[':
        open_at += 1
    while close_at < len(segment) and segment[close_at] != ']':
        close_at += 1
    if close_at < len(segment):
        close_at += 1
    return open_at, close_at


def _caret_line(frame_summary):
    """The `    ^^^^` line under a frame's source line, or None when the
    span covers the whole stripped line (CPython 3.11's rule)."""
    if frame_summary.colno is None or frame_summary.end_colno is None:
        return None
    line = frame_summary._original_line
    stripped = line.strip()
    # Characters not shown: the indentation and the trailing blanks and
    # newline (CPython's arithmetic; the +1 below compensates the newline).
    hidden = len(line) - len(stripped)
    start = _char_column(line, frame_summary.colno)
    end = _char_column(line, frame_summary.end_colno)
    segment = line[start:end]
    split = None
    if frame_summary.lineno == frame_summary.end_lineno:
        if frame_summary._anchor is not None:
            try:
                split = _split_anchor(segment, line, start, frame_summary._anchor)
            except Exception:
                split = None
    else:
        end = len(line.rstrip())
    if end - start >= len(stripped) and not (split and split[1] - split[0] > 0):
        return None
    out = ' ' * (start + 1 - hidden)
    if split:
        left, right = split
        out += '~' * left + '^' * (right - left) + '~' * (end - start - right)
    else:
        out += '^' * (end - start)
    return '    ' + out + '\n'


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_anchor')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._anchor = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
            if self._line is None:
                return None
        return self._line.strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame
    (on the VM the frames are snapshots: code name and file, the line)."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


_RECURSIVE_CUTOFF = 3


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False, _frame_locals=None):
        result = klass()
        entries = list(frame_gen)
        # The locals of a traceback's frames, beside its 7-tuple entries.
        frame_locals = list(_frame_locals) if _frame_locals is not None else [None] * len(entries)
        if limit is not None:
            if limit >= 0:
                entries = entries[:limit]
                frame_locals = frame_locals[:limit]
            else:
                entries = entries[limit:]
                frame_locals = frame_locals[limit:]
        for entry, entry_locals in zip(entries, frame_locals):
            position = anchor = None
            if isinstance(entry, tuple) and len(entry) == 7 and isinstance(entry[0], str):
                filename, lineno, name = entry[:3]
                position, anchor = entry[3:6], entry[6]
                f_locals = entry_locals if capture_locals else None
            elif isinstance(entry, tuple) and len(entry) == 3 and isinstance(entry[0], str):
                filename, lineno, name = entry
                f_locals = None
            else:
                f, lineno = entry
                co = f.f_code
                filename, name = co.co_filename, co.co_name
                f_locals = f.f_locals if capture_locals else None
            summary = FrameSummary(filename, lineno, name, lookup_line=lookup_lines,
                                   locals=f_locals)
            if position is not None:
                summary.end_lineno, summary.colno, summary.end_colno = position
                summary._anchor = anchor
            result.append(summary)
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = []
        row.append('  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name))
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
            carets = _caret_line(frame_summary)
            if carets:
                row.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n'
                    )
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n'
            )
        return result


def extract_tb(tb, limit=None):
    """Return a StackSummary object representing a list of pre-processed
    entries from traceback."""
    return StackSummary.extract(_tb_entries(tb), limit=limit)


def format_list(extracted_list):
    """Format a list of tuples or FrameSummary objects for printing."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or
    extract_stack() as a formatted stack trace to the given file."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def _stack_entries(f):
    out = [e[:3] for e in _asyncio_sites().frames(f)]
    out = [e for e, keep in zip(out, _visible(out)) if keep]
    return [e for _, e in _faced(out)]


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame."""
    if f is None:
        f = sys._getframe().f_back
    entries = _stack_entries(f)
    if limit is not None and limit >= 0:
        entries = entries[-limit:] if limit else []
    return StackSummary.extract(entries)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')

_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')

class _Sentinel:
    # The default of format_exception's value and tb, shown by
    # inspect.signature as CPython shows it.
    def __repr__(self):
        return '<implicit>'


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        else:
            return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for line in te.format(chain=chain):
        print(line, file=file, end='')


def _exc_info():
    # sys.exc_info() with the traceback taken from the exception (the VM's
    # exc_info() may leave the traceback slot None).
    etype, value, tb = sys.exc_info()
    if value is not None and tb is None:
        tb = value.__traceback__
    return etype, value, tb


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*_exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return ''.join(format_exception(*_exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type,
    sys.last_value, sys.last_traceback, limit, file)'."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."
    pass


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f'<{what} {func.__name__}() failed>'


class TracebackException:
    """An exception ready for rendering."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary.extract(_tb_entries(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines, capture_locals=capture_locals,
                                          _frame_locals=_tb_locals(exc_traceback) if capture_locals else None)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False
        self.exceptions = None
        if exc_value is not None:
            self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)
            cause = getattr(exc_value, '__cause__', None)
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, getattr(cause, '__traceback__', None),
                    limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                    _seen=_seen)
            context = getattr(exc_value, '__context__', None)
            if (context is not None and id(context) not in _seen and
                    not (compact and (self.__cause__ is not None or self.__suppress_context__))):
                self.__context__ = TracebackException(
                    type(context), context, getattr(context, '__traceback__', None),
                    limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                    _seen=_seen)
            elif context is not None and compact and self.__cause__ is None and \
                    self.__suppress_context__:
                self.__context__ = None
            group = getattr(exc_value, 'exceptions', None)
            if isinstance(exc_value, _BaseExceptionGroup) and group:
                self.exceptions = [TracebackException(type(e), e, e.__traceback__,
                                                      limit=limit, lookup_lines=lookup_lines,
                                                      capture_locals=capture_locals,
                                                      max_group_width=max_group_width,
                                                      max_group_depth=max_group_depth,
                                                      _seen=_seen)
                                   for e in group]
        self._is_syntax_error = False
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = getattr(exc_value, 'filename', None)
            lno = getattr(exc_value, 'lineno', None)
            self.lineno = str(lno) if lno is not None else None
            self.text = getattr(exc_value, 'text', None)
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.offset = getattr(exc_value, 'offset', None)
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = getattr(exc_value, 'msg', None)
            self._is_syntax_error = True
        self._load_lines()

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ('__main__', 'builtins'):
            if not isinstance(smod, str):
                smod = '<unknown>'
            stype = smod + '.' + stype
        if not self._is_syntax_error:
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, '__notes__', func=repr) + '\n'

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or '<string>', self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                # Convert 1-based column offset to 0-based index into stripped text
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # non-space whitespace (likes tabs) must be kept for alignment
                    caretspace = ((c if c.isspace() else ' ') for c in ltext[:colno])
                    yield '    {}{}\n'.format("".join(caretspace), ('^' * (end_colno - colno)))
        msg = self.msg or '<no detail available>'
        yield '{}: {}{}\n'.format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Format the exception; exception groups are drawn as nested boxes."""
        if _ctx is None:
            _ctx = _GroupBoxes()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif (exc.__context__ is not None and
                      not exc.__suppress_context__):
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.depth > self.max_group_depth:
                yield from _ctx.emit(
                    f'... (max_group_depth is {self.max_group_depth})\n')
            else:
                yield from exc._format_group(chain, _ctx)

    def _format_group(self, chain, ctx):
        # The outermost group opens the box ("+ Exception Group ..."); each
        # member gets a numbered separator one level deeper; the last member
        # closes the innermost open box.
        outermost = ctx.depth == 0
        if outermost:
            ctx.depth += 1
        if self.stack:
            yield from ctx.emit('Exception Group Traceback (most recent call last):\n',
                                margin='+' if outermost else '|')
            yield from ctx.emit(self.stack.format())
        yield from ctx.emit(self.format_exception_only())
        count = len(self.exceptions)
        width = self.max_group_width
        shown = count if count <= width else width + 1
        ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                ctx.need_close = True
            truncated = i >= width
            title = '...' if truncated else str(i + 1)
            yield (ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            ctx.depth += 1
            if truncated:
                remaining = count - width
                plural = 's' if remaining > 1 else ''
                yield from ctx.emit(f'and {remaining} more exception{plural}\n')
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=ctx)
            if last and ctx.need_close:
                yield ctx.indent() + '+------------------------------------\n'
                ctx.need_close = False
            ctx.depth -= 1
        if outermost:
            ctx.depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


class _GroupBoxes:
    """Nesting state while formatting exception groups: each level indents
    by two spaces and draws a margin ('|', or '+' on the opening line)."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return '  ' * self.depth

    def emit(self, texts, margin='|'):
        prefix = self.indent()
        if self.depth:
            prefix += margin + ' '
        if isinstance(texts, str):
            texts = (texts,)
        for text in texts:
            if not prefix:
                yield text
            else:
                yield ''.join(prefix + line for line in text.splitlines(True))


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        line = '%s\n' % etype
    else:
        line = '%s: %s\n' % (etype, valuestr)
    return line
