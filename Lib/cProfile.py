"""cProfile: the same stand-in as profile.py (the code runs, no statistics)."""

from profile import Profile, run, runctx, _NOTE

__all__ = ['run', 'runctx', 'Profile', 'label']


def label(code):
    if isinstance(code, str):
        return ('~', 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)
