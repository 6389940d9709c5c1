"""Utilities to compile possibly incomplete Python source code (CPython
3.11's codeop, for the playground).

compile_command(source) returns a code object when the source is a
complete statement, None when more lines could complete it, and raises
SyntaxError (or OverflowError/ValueError) when it is invalid.

The playground's compile() has no 'single' (interactive) mode and no
"incomplete input" errors, so both are built here: in 'single' mode an
expression statement is compiled so that running it passes its value to
sys.displayhook (which prints its repr when it is not None, as the
interactive prompt does), and the source is incomplete when tokenizing it
ends inside brackets, a triple-quoted string or a backslash continuation,
when its last line opens a block still to be written, or when a compound
statement is not yet ended by an empty line.
"""

import __future__
import io
import tokenize
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_features = [getattr(__future__, fname)
             for fname in __future__.all_feature_names]

_BLOCK_KEYWORDS = ('if', 'elif', 'else', 'for', 'while', 'def', 'class',
                   'with', 'try', 'except', 'finally', 'async', 'match',
                   'case')


def _tokenize_incomplete(source):
    """True when the tokenizer reaches the end inside a bracket, string
    or continuation line."""
    try:
        for _ in tokenize.generate_tokens(io.StringIO(source).readline):
            pass
    except tokenize.TokenError:
        return True
    except (SyntaxError, IndentationError):
        return False
    return False


def _statement_lines(source):
    """How many logical lines (NEWLINE tokens) the source has."""
    count = 0
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.NEWLINE:
                count += 1
    except (tokenize.TokenError, SyntaxError):
        return 0
    return count


def _code_lines(source):
    return [line for line in source.split('\n')
            if line.strip() and not line.lstrip().startswith('#')]


def _opens_block(line):
    text = line.split('#', 1)[0].rstrip()
    return text.endswith(':')


def _starts_compound(line):
    word = line.lstrip().split(None, 1)[0] if line.strip() else ''
    word = word.split('(', 1)[0].split(':', 1)[0]
    return word in _BLOCK_KEYWORDS or line.lstrip().startswith('@')


def _compile_single(source, filename):
    """'single' mode: an expression's value goes to sys.displayhook."""
    try:
        compile(source, filename, 'eval')
    except SyntaxError:
        return compile(source, filename, 'exec')
    # same first line, so tracebacks keep the source's line numbers
    return compile("__import__('sys').displayhook(" + source + "\n)",
                   filename, 'exec')


def _compile(source, filename, symbol, flags=0):
    if symbol == 'single':
        lines = _code_lines(source)
        if lines and not _starts_compound(lines[0]) and _statement_lines(source) > 1:
            compile(source, filename, 'exec')
            raise SyntaxError("multiple statements found while compiling "
                              "a single statement", (filename, 1, 1, lines[0], None, None))
        return _compile_single(source, filename)
    if symbol not in ('exec', 'eval'):
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    return compile(source, filename, symbol, flags)


def _is_incomplete(source, symbol):
    if symbol == 'eval':
        return _tokenize_incomplete(source)
    if source.rstrip(' \t').endswith('\\'):
        return True
    if _tokenize_incomplete(source):
        return True
    lines = _code_lines(source)
    if not lines:
        return False
    if _opens_block(lines[-1]):
        return True
    return False


def _maybe_compile(compiler, source, filename, symbol):
    # only blank lines and comments: a 'pass' statement
    if not _code_lines(source) and symbol != "eval":
        source = "pass"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            code = compiler(source, filename, symbol)
        except SyntaxError:
            if _is_incomplete(source, symbol):
                return None
            raise
    # a compound statement at the prompt ends with an empty line
    if symbol == 'single':
        lines = _code_lines(source)
        if lines and _starts_compound(lines[0]) and not source.endswith('\n'):
            return None
    return code


def compile_command(source, filename="<input>", symbol="single"):
    r"""Compile a command and determine whether it is incomplete.

    Return value / exceptions raised:
    - a code object if the command is complete and valid;
    - None if the command is incomplete;
    - SyntaxError, ValueError or OverflowError if the command is a
      syntax error.
    """
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Instances behave as the built-in compile(), remembering the
    __future__ statements they compile (flags)."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        codeob = _compile(source, filename, symbol)
        for feature in _features:
            if getattr(codeob, 'co_flags', 0) & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return codeob


class CommandCompiler:
    """Instances behave as compile_command(), remembering the __future__
    statements they compile."""

    def __init__(self,):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
