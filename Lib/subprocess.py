"""Subprocesses, which the Interleave playground cannot start.

The module imports and keeps CPython 3.11's constants, exceptions and
CompletedProcess (so code that builds or catches them works), and
list2cmdline; anything that would start a process (run, call, check_call,
check_output, getoutput, getstatusoutput, Popen) raises PermissionError
explaining that the sandbox has no processes. asyncio's
create_subprocess_exec/_shell raise the same error.
"""

from _sandbox import refusal as _refusal

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput',
           'getoutput', 'check_output', 'run', 'CalledProcessError', 'DEVNULL',
           'SubprocessError', 'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_INSTEAD = ('call the code you wanted to run directly, or use asyncio tasks '
            'for concurrency')


def _no_processes(call):
    return _refusal(f'subprocess.{call}', 'a new process', _INSTEAD)


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """A process run by check_call/check_output/run(check=True) exited
    with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            import signal
            try:
                return "Command '%s' died with %r." % (
                    self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """A process did not finish within its timeout."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, stdout and stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args),
                 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


class Popen:
    """A child process: creating one raises PermissionError here."""

    def __init__(self, args, *pargs, **kwargs):
        self.args = args
        self.returncode = None
        raise _no_processes('Popen')

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def run(*popenargs, input=None, capture_output=False, timeout=None,
        check=False, **kwargs):
    if input is not None and kwargs.get('stdin') is not None:
        raise ValueError('stdin and input arguments may not both be used.')
    if capture_output and (kwargs.get('stdout') is not None
                           or kwargs.get('stderr') is not None):
        raise ValueError('stdout and stderr arguments may not be used '
                         'with capture_output.')
    raise _no_processes('run')


def call(*popenargs, timeout=None, **kwargs):
    raise _no_processes('call')


def check_call(*popenargs, **kwargs):
    raise _no_processes('check_call')


def check_output(*popenargs, timeout=None, **kwargs):
    raise _no_processes('check_output')


def getstatusoutput(cmd, *, encoding=None, errors=None):
    raise _no_processes('getstatusoutput')


def getoutput(cmd, *, encoding=None, errors=None):
    raise _no_processes('getoutput')


def list2cmdline(seq):
    """Joins arguments into one command line with the MS C runtime's
    quoting rules (a pure string function, as in CPython)."""
    result = []
    for arg in map(str, seq):
        backslashes = []
        if result:
            result.append(' ')
        quote = (' ' in arg) or ('\t' in arg) or not arg
        if quote:
            result.append('"')
        for char in arg:
            if char == '\\':
                backslashes.append(char)
            elif char == '"':
                result.append('\\' * len(backslashes) * 2)
                backslashes = []
                result.append('\\"')
            else:
                if backslashes:
                    result.extend(backslashes)
                    backslashes = []
                result.append(char)
        if backslashes:
            result.extend(backslashes)
        if quote:
            result.extend(backslashes)
            result.append('"')
    return ''.join(result)
