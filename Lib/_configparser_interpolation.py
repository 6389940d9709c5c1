"""configparser's value interpolation: the no-op base, BasicInterpolation
(`%(name)s`), ExtendedInterpolation (`${section:name}`) and the deprecated
LegacyInterpolation, as CPython 3.11 resolves them."""

import re

from _configparser_errors import (
    MAX_INTERPOLATION_DEPTH, NoOptionError, NoSectionError,
    InterpolationDepthError, InterpolationMissingOptionError,
    InterpolationSyntaxError)

__all__ = ["Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "LegacyInterpolation"]


class Interpolation:
    """Dummy interpolation that passes the value through with no changes."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _SigilInterpolation(Interpolation):
    # Shared scanner: SIGIL doubled is a literal sigil, SIGIL + OPEN starts a
    # reference matched by _KEYCRE; anything else after SIGIL is an error.
    SIGIL = OPEN = ""
    _KEYCRE = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._interpolate_some(parser, option, pieces, value, section,
                               defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        stripped = self._KEYCRE.sub('', value.replace(self.SIGIL * 2, ''))
        if self.SIGIL in stripped:
            raise ValueError("invalid interpolation syntax in %r at "
                             "position %d" % (value, stripped.find(self.SIGIL)))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map,
                          depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        sigil = self.SIGIL
        while rest:
            p = rest.find(sigil)
            if p < 0:
                accum.append(rest)
                return
            if p > 0:
                accum.append(rest[:p])
                rest = rest[p:]
            following = rest[1:2]
            if following == sigil:
                accum.append(sigil)
                rest = rest[2:]
            elif following == self.OPEN:
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section,
                        "bad interpolation variable reference %r" % rest)
                rest = rest[m.end():]
                self._substitute(parser, option, accum, m.group(1), section,
                                 map, depth, rawval, rest)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'%s' must be followed by '%s' or '%s', found: %r"
                    % (self._SHOWN, self._SHOWN, self.OPEN, rest))


class BasicInterpolation(_SigilInterpolation):
    """`%(name)s` refers to another option of the same section (or of
    DEFAULT); `%%` is a literal percent sign."""

    SIGIL, OPEN, _SHOWN = "%", "(", "%"
    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def _substitute(self, parser, option, accum, name, section, map, depth,
                    rawval, rest):
        var = parser.optionxform(name)
        try:
            v = map[var]
        except KeyError:
            raise InterpolationMissingOptionError(
                option, section, rawval, var) from None
        if "%" in v:
            self._interpolate_some(parser, option, accum, v, section, map,
                                   depth + 1)
        else:
            accum.append(v)


class ExtendedInterpolation(_SigilInterpolation):
    """`${name}` refers to an option of the same section, `${section:name}`
    to one of another section; `$$` is a literal dollar sign."""

    SIGIL, OPEN, _SHOWN = "$", "{", "$"
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def _substitute(self, parser, option, accum, name, section, map, depth,
                    rawval, rest):
        path = name.split(':')
        sect, opt = section, option
        try:
            if len(path) == 1:
                opt = parser.optionxform(path[0])
                v = map[opt]
            elif len(path) == 2:
                sect = path[0]
                opt = parser.optionxform(path[1])
                v = parser.get(sect, opt, raw=True)
            else:
                raise InterpolationSyntaxError(
                    option, section, "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(
                option, section, rawval, ":".join(path)) from None
        if "$" in v:
            self._interpolate_some(parser, opt, accum, v, sect,
                                   dict(parser.items(sect, raw=True)),
                                   depth + 1)
        else:
            accum.append(v)


class LegacyInterpolation(Interpolation):
    """Deprecated: the interpolation of Python 2's ConfigParser (values are
    `%`-formatted with the section's options)."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import warnings
        warnings.warn(
            "LegacyInterpolation has been deprecated since Python 3.2 "
            "and will be removed from the configparser module in Python 3.13. "
            "Use BasicInterpolation or ExtendedInterpolation instead.",
            DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        rawval = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not (value and "%(" in value):
                break
            value = self._KEYCRE.sub(
                lambda m: m.group() if m.group(1) is None
                else "%%(%s)s" % parser.optionxform(m.group(1)), value)
            try:
                value = value % vars
            except KeyError as e:
                raise InterpolationMissingOptionError(
                    option, section, rawval, e.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, rawval)
        return value
