"""Parser for command line options, as CPython 3.11's getopt: getopt()
(POSIX: options stop at the first non-option), gnu_getopt() (options and
arguments may be intermixed) and GetoptError (`msg`, `opt`)."""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    """An unrecognized option, or one missing (or given) an argument."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parse options from the start of `args` until the first non-option
    (or '--'); return the (option, value) pairs and the remaining
    arguments."""
    opts = []
    longopts = _long_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Like getopt(), but options and arguments may be intermixed, unless
    shortopts starts with '+' or POSIXLY_CORRECT is set in the
    environment."""
    opts = []
    rest = []
    longopts = _long_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        posix = True
    else:
        posix = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        arg = args[0]
        if arg == '--':
            rest += args[1:]
            break
        if arg[:2] == '--':
            args = _long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            args = _shorts(opts, arg[1:], shortopts, args[1:])
        elif posix:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def _long(opts, opt, longopts, args):
    # One --name[=value]; returns the arguments left.
    value = None
    if '=' in opt:
        opt, value = opt.split('=', 1)
    takes_value, opt = _match_long(opt, longopts)
    if takes_value:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, value or ''))
    return args


def _match_long(opt, longopts):
    # (takes a value, full name) for a long option or a unique prefix.
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    match = candidates[0]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def _shorts(opts, letters, shortopts, args):
    # A cluster of short options (-abc, -ofile, -o file).
    while letters:
        opt, letters = letters[0], letters[1:]
        if _short_takes_value(opt, shortopts):
            if not letters:
                if not args:
                    raise GetoptError('option -%s requires argument' % opt,
                                      opt)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return args


def _short_takes_value(opt, shortopts):
    for i, char in enumerate(shortopts):
        if opt == char != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
