"""A stand-in for the Python debugger in the Interleave playground.

The playground runs programs without a terminal: there is no stdin to read
debugger commands from. So pdb is importable and its entry points run the
program on without stopping: set_trace() (and so breakpoint(), whose
default hook sys.breakpointhook calls pdb.set_trace) prints nothing and
returns; run(), runeval() and runcall() execute their code as if no
breakpoint were set; post_mortem() and pm() do nothing. Use print() or
logging to look inside a running program; the playground's trace view
shows each task's steps.
"""

import sys

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace",
           "post_mortem", "help"]


class Restart(Exception):
    """Causes a debugger to be restarted for the debugged python program."""
    pass


class Pdb:
    """The debugger class: here its run methods execute the code without
    stopping, and set_trace() returns at once."""

    prompt = '(Pdb) '

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None,
                 nosigint=False, readrc=True):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.skip = set(skip) if skip else None
        self.nosigint = nosigint
        self.breaks = {}
        self.rcLines = []
        self.commands = {}
        self.mainpyfile = ''

    def reset(self):
        pass

    def set_trace(self, frame=None):
        """Start debugging: nothing to do without a terminal."""

    def set_continue(self):
        pass

    def set_quit(self):
        pass

    def set_break(self, filename, lineno, temporary=False, cond=None,
                  funcname=None):
        self.breaks.setdefault(filename, []).append(lineno)

    def clear_all_breaks(self):
        self.breaks = {}

    def run(self, cmd, globals=None, locals=None):
        """Execute cmd (a string or code object) without stopping."""
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        if isinstance(cmd, str):
            cmd = compile(cmd, "<string>", "exec")
        exec(cmd, globals, locals)

    def runeval(self, expr, globals=None, locals=None):
        """Evaluate expr without stopping and return its value."""
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        return eval(expr, globals, locals)

    def runctx(self, cmd, globals, locals):
        self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):
        """Call func without stopping and return its result."""
        return func(*args, **kwds)

    def interaction(self, frame, traceback):
        pass


def run(statement, globals=None, locals=None):
    """Execute the statement (a string or code object) without stopping."""
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    """Evaluate the expression without stopping and return its value."""
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    """Call the function (the first argument) without stopping."""
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    """Enter the debugger: in the playground it prints nothing and the
    program continues."""
    if header is not None:
        Pdb().stdout.write(header + '\n')
    Pdb().set_trace(sys._getframe().f_back if hasattr(sys, '_getframe') else None)


def post_mortem(t=None):
    """Post-mortem debugging of a traceback: nothing to do here."""
    if t is None:
        exc = sys.exc_info()[1]
        if exc is not None:
            t = exc.__traceback__
    if t is None:
        raise ValueError("A valid traceback must be passed if no "
                         "exception is being handled")


def pm():
    """Post-mortem debugging of sys.last_traceback: nothing to do here."""
    post_mortem(getattr(sys, 'last_traceback', None))


def help():
    print(__doc__)


def _breakpointhook(*args, **kws):
    """The default hook of breakpoint() (CPython's sys.breakpointhook):
    $PYTHONBREAKPOINT names the function to call ('0' disables
    breakpoint(); unset or empty means pdb.set_trace)."""
    import os
    hookname = os.environ.get('PYTHONBREAKPOINT')
    if hookname is None or len(hookname) == 0:
        hookname = 'pdb.set_trace'
    elif hookname == '0':
        return None
    modname, dot, funcname = hookname.rpartition('.')
    if dot == '':
        modname = 'builtins'
    try:
        module = __import__(modname)
        for part in modname.split('.')[1:]:
            module = getattr(module, part)
        hook = getattr(module, funcname)
    except Exception:
        import warnings
        warnings.warn(
            'Ignoring unimportable $PYTHONBREAKPOINT: "{}"'.format(hookname),
            RuntimeWarning)
        return None
    return hook(*args, **kws)
