"""Configuration file parser (INI files), as CPython 3.11's configparser.

RawConfigParser reads sections of `name = value` options from strings,
dictionaries and file-like objects (read_string/read_dict/read_file; read()
of file names finds nothing on the playground's empty file system), gives
typed access with fallbacks, interpolates values (BasicInterpolation by
default on ConfigParser, ExtendedInterpolation on request), writes the
configuration back out, and is a mapping of section proxies. Exceptions are
in _configparser_errors, interpolation in _configparser_interpolation.
"""

import functools
import io
import itertools
import os
import re
import sys
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

from _configparser_errors import *
from _configparser_errors import __all__ as _errors_all
from _configparser_interpolation import *
from _configparser_interpolation import __all__ as _interpolation_all

__all__ = _errors_all + _interpolation_all + [
    "RawConfigParser", "ConfigParser", "SafeConfigParser", "SectionProxy",
    "ConverterMapping", "DEFAULTSECT"]

# The exceptions and interpolations are documented as configparser's.
for _name in _errors_all + _interpolation_all:
    _obj = globals()[_name]
    if isinstance(_obj, type):
        _obj.__module__ = __name__
del _name, _obj

_default_dict = dict
DEFAULTSECT = "DEFAULT"


class _UnsetType:
    # The "no fallback given" marker.
    def __repr__(self):
        return '<object object>'


_UNSET = _UnsetType()


def _option_regex(delimiters, allow_no_value):
    # name, then optional spaces, a delimiter, spaces and the value; with
    # allow_no_value the delimiter and value may be missing.
    delim = "|".join(re.escape(d) for d in delimiters)
    if allow_no_value:
        return re.compile(r"(?P<option>.*?)\s*(?:(?P<vi>%s)\s*(?P<value>.*))?$"
                          % delim)
    return re.compile(r"(?P<option>.*?)\s*(?P<vi>%s)\s*(?P<value>.*)$" % delim)


class RawConfigParser(MutableMapping):
    """ConfigParser that does not do interpolation."""

    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    OPTCRE = _option_regex(("=", ":"), False)
    OPTCRE_NV = _option_regex(("=", ":"), True)
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}
    _DEFAULT_INTERPOLATION = Interpolation()

    def __init__(self, defaults=None, dict_type=_default_dict,
                 allow_no_value=False, *, delimiters=('=', ':'),
                 comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._converters = ConverterMapping(self)
        self._proxies = self._dict()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters == ('=', ':'):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            self._optcre = _option_regex(delimiters, allow_no_value)
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError(
                f"interpolation= must be None or an instance of Interpolation;"
                f" got an object of type {type(interpolation)}")
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options ------------------------------------------

    def defaults(self):
        return self._defaults

    def sections(self):
        """Return a list of section names, excluding [DEFAULT]"""
        return list(self._sections.keys())

    def add_section(self, section):
        """Create a new section in the configuration."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        """Whether the section exists (DEFAULT does not count)."""
        return section in self._sections

    def options(self, section):
        """Return a list of option names for the given section name."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names.keys())

    def has_option(self, section, option):
        """Whether the option exists in the section or in DEFAULT."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    def optionxform(self, optionstr):
        return optionstr.lower()

    def _section_dict(self, section):
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def set(self, section, option, value=None):
        """Set an option."""
        if value:
            value = self._interpolation.before_set(self, section, option,
                                                   value)
        self._section_dict(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Remove an option; return whether it existed."""
        options = self._section_dict(section)
        option = self.optionxform(option)
        if option in options:
            del options[option]
            return True
        return False

    def remove_section(self, section):
        """Remove a file section; return whether it existed."""
        if section in self._sections:
            del self._sections[section]
            del self._proxies[section]
            return True
        return False

    # -- reading -------------------------------------------------------

    def read(self, filenames, encoding=None):
        """Read and parse the named files that exist; return their names."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        read_ok = []
        for filename in filenames:
            try:
                with open(filename, encoding=encoding) as fp:
                    self._read(fp, filename)
            except OSError:
                continue
            if isinstance(filename, os.PathLike):
                filename = os.fspath(filename)
            read_ok.append(filename)
        return read_ok

    def read_file(self, f, source=None):
        """Read from an iterable of lines; `source` defaults to f.name."""
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = '<???>'
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Read configuration from a given string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read sections from a mapping of section name -> option mapping;
        names and values are converted to strings."""
        seen = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        """Deprecated, use read_file instead."""
        import warnings
        warnings.warn(
            "This method will be removed in Python 3.12. "
            "Use 'parser.read_file()' instead.",
            DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def _comment_start(self, line):
        # Index where a comment starts, or None. An inline prefix counts at
        # the line's start or after whitespace; a full-line prefix after
        # leading whitespace.
        # Rounds: each looks at every prefix's next occurrence; the first
        # round with a qualifying one decides (CPython's order).
        start = None
        pending = {p: -1 for p in self._inline_comment_prefixes}
        while start is None and pending:
            following = {}
            for prefix, index in pending.items():
                index = line.find(prefix, index + 1)
                if index == -1:
                    continue
                following[prefix] = index
                if index == 0 or line[index - 1].isspace():
                    if start is None or index < start:
                        start = index
            pending = following
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                return 0
        return start

    def _read(self, fp, fpname):
        # Parse lines into self._sections; continuation lines (indented
        # deeper than their option) extend the value; bad lines are
        # collected into one ParsingError raised at the end.
        seen = set()
        cursect = None
        sectname = None
        optname = None
        indent_level = 0
        error = None
        for lineno, line in enumerate(fp, start=1):
            comment_start = self._comment_start(line)
            value = line[:comment_start].strip()
            if not value:
                if self._empty_lines_in_values:
                    if (comment_start is None and cursect is not None
                            and optname and cursect[optname] is not None):
                        cursect[optname].append('')
                else:
                    indent_level = sys.maxsize
                continue
            first = self.NONSPACECRE.search(line)
            cur_indent = first.start() if first else 0
            if cursect is not None and optname and cur_indent > indent_level:
                cursect[optname].append(value)
                continue
            indent_level = cur_indent
            mo = self.SECTCRE.match(value)
            if mo:
                sectname = mo.group('header')
                if sectname in self._sections:
                    if self._strict and sectname in seen:
                        raise DuplicateSectionError(sectname, fpname, lineno)
                    cursect = self._sections[sectname]
                    seen.add(sectname)
                elif sectname == self.default_section:
                    cursect = self._defaults
                else:
                    cursect = self._dict()
                    self._sections[sectname] = cursect
                    self._proxies[sectname] = SectionProxy(self, sectname)
                    seen.add(sectname)
                optname = None
            elif cursect is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            else:
                mo = self._optcre.match(value)
                if not mo:
                    error = self._handle_error(error, fpname, lineno, line)
                    continue
                optname, optval = mo.group('option', 'value')
                if not optname:
                    error = self._handle_error(error, fpname, lineno, line)
                optname = self.optionxform(optname.rstrip())
                if self._strict and (sectname, optname) in seen:
                    raise DuplicateOptionError(sectname, optname, fpname,
                                               lineno)
                seen.add((sectname, optname))
                cursect[optname] = None if optval is None else [optval.strip()]
        self._join_multiline_values()
        if error:
            raise error

    def _join_multiline_values(self):
        everything = itertools.chain(((self.default_section, self._defaults),),
                                     self._sections.items())
        for section, options in everything:
            for name, val in options.items():
                if isinstance(val, list):
                    val = '\n'.join(val).rstrip()
                options[name] = self._interpolation.before_read(
                    self, section, name, val)

    def _read_defaults(self, defaults):
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _handle_error(self, exc, fpname, lineno, line):
        if not exc:
            exc = ParsingError(fpname)
        exc.append(lineno, repr(line))
        return exc

    # -- getting values ------------------------------------------------

    def _unify_values(self, section, vars):
        # vars, then the section, then DEFAULT.
        sectiondict = {}
        try:
            sectiondict = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        vardict = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                vardict[self.optionxform(key)] = value
        return _ChainMap(vardict, sectiondict, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """Get an option value for a given section (vars, the section, then
        DEFAULT), interpolated unless raw."""
        try:
            d = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = d[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, d)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars,
                             **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def _convert_to_boolean(self, value):
        if value.lower() not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[value.lower()]

    def items(self, section=_UNSET, raw=False, vars=None):
        """(name, value) pairs of a section (DEFAULT's included), or the
        (name, proxy) pairs of the parser without a section."""
        if section is _UNSET:
            return super().items()
        d = self._defaults.copy()
        try:
            d.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(d.keys())
        if vars:
            for key, value in vars.items():
                d[self.optionxform(key)] = value
        if raw:
            return [(name, d[name]) for name in names]
        return [(name, self._interpolation.before_get(self, section, name,
                                                      d[name], d))
                for name in names]

    def popitem(self):
        """Remove and return the first section as (name, proxy)."""
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    # -- writing -------------------------------------------------------

    def write(self, fp, space_around_delimiters=True):
        """Write an .ini-format representation of the configuration."""
        if space_around_delimiters:
            d = " {} ".format(self._delimiters[0])
        else:
            d = self._delimiters[0]
        if self._defaults:
            self._write_section(fp, self.default_section,
                                self._defaults.items(), d)
        for section in self._sections:
            self._write_section(fp, section, self._sections[section].items(), d)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write("[{}]\n".format(section_name))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key,
                                                     value)
            if value is not None or not self._allow_no_value:
                value = delimiter + str(value).replace('\n', '\n\t')
            else:
                value = ""
            fp.write("{}{}\n".format(key, value))
        fp.write("\n")

    # -- the mapping protocol ------------------------------------------

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    def _validate_value_types(self, *, section="", option="", value=""):
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """ConfigParser implementing interpolation."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Set an option, checking its type and interpolation syntax."""
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        """Create a new section; its name must be a string."""
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # Values become strings; no interpolation check, as in CPython.
        saved = self._interpolation
        try:
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = saved


class SafeConfigParser(ConfigParser):
    """ConfigParser alias for backwards compatibility purposes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import warnings
        warnings.warn(
            "The SafeConfigParser class has been renamed to ConfigParser "
            "in Python 3.2. This alias will be removed in Python 3.12."
            " Use ConfigParser directly instead.",
            DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """A proxy for a single section from a parser."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            key = 'get' + conv
            setattr(self, key,
                    functools.partial(self.get, _impl=getattr(parser, key)))

    def __repr__(self):
        return '<Section: {}>'.format(self._name)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key) and
                self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _impl=None, **kwargs):
        """Get an option value (None, or `fallback`, when it is missing)."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars,
                     fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's get<name>() converters, shared with its section proxies.
    A getter the parser class defines itself maps to None."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for getter in _attribute_names(parser):
            m = self.GETTERCRE.match(getter)
            if not m or not callable(getattr(parser, getter)):
                continue
            self._data[m.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            k = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'
                             ''.format(key, type(key)))
        if k == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        func = functools.partial(self._parser._get_conv, conv=value)
        func.converter = value
        setattr(self._parser, k, func)
        for proxy in self._parser.values():
            setattr(proxy, k, functools.partial(proxy.get, _impl=func))

    def __delitem__(self, key):
        try:
            k = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for inst in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(inst, k)
            except AttributeError:
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


def _attribute_names(obj):
    # dir(obj): the instance's and its classes' attribute names, sorted.
    names = set(getattr(obj, '__dict__', {}))
    for cls in type(obj).__mro__:
        names.update(cls.__dict__)
    return sorted(names)
