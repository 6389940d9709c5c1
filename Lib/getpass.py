"""getuser() from the environment os exposes (the playground's is empty
unless the program sets it); getpass() has no terminal or stdin to read."""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getuser():
    """Get the username from the environment or password database.

    First try various environment variables, then the password
    database.
    """
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    # If this fails, the exception will "explain" why
    import pwd
    return pwd.getpwuid(os.getuid())[0]


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password, with echo turned off: without a terminal,
    CPython warns and reads stdin, which the playground does not have."""
    if stream is None:
        stream = sys.stderr
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    print("Warning: Password input may be echoed.", file=stream)
    stream.write(prompt)
    stream.flush()
    raise EOFError
