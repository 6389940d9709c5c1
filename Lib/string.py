"""String constants, capwords, Template and Formatter (CPython 3.11's string)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


def _is_ident_char(c):
    return _is_ident_start(c) or '0' <= c <= '9'


_sentinel_dict = {}


def _unterminated_field(s, start):
    """CPython's message for a replacement field opened at start and never
    closed (MarkupIterator's checks, in its order)."""
    if start + 1 == len(s):
        return "Single '{' encountered in format string"
    bracket = False
    for j in range(start + 1, len(s)):
        c = s[j]
        if c == '[':
            bracket = True
        elif c == ']':
            bracket = False
        elif not bracket and c == '!':
            if j + 1 == len(s):
                return 'end of string while looking for conversion specifier'
            return "unmatched '{' in format spec"
        elif not bracket and c == ':':
            return "unmatched '{' in format spec"
    return "expected '}' before end of string"


def _field_end(s, start):
    """Index just past the '}' closing the replacement field opened at start,
    scanned as CPython's MarkupIterator does: in the field name a '[' hides
    everything up to its ']' and a '{' is an error; after ':' (or a
    conversion) braces nest."""
    n = len(s)
    j = start + 1
    while j < n:
        c = s[j]
        j += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while j < n and s[j] != ']':
                j += 1
        elif c == '}':
            return j
        elif c in ':!':
            break
    else:
        raise ValueError(_unterminated_field(s, start))
    count = 1
    while j < n:
        c = s[j]
        j += 1
        if c == '{':
            count += 1
        elif c == '}':
            count -= 1
            if count == 0:
                return j
    raise ValueError(_unterminated_field(s, start))


class _DefaultPattern:
    """Template.pattern of a class that keeps the default pieces: CPython
    compiles it when the class is made; here on each access (importing re
    only then; re caches the compiled pattern)."""

    def __get__(self, obj, cls):
        import re as _re
        delim = _re.escape(cls.delimiter)
        id = cls.idpattern
        bid = cls.braceidpattern or cls.idpattern
        return _re.compile(fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """, _re.IGNORECASE | _re.VERBOSE)


class _DefaultFlags:
    """Template.flags: re.IGNORECASE, looked up when first read so that
    importing string does not import re."""

    def __get__(self, obj, cls):
        import re as _re
        return _re.IGNORECASE


class Template:
    """A string class for supporting $-substitutions."""

    pattern = _DefaultPattern()

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _DefaultFlags()

    def __init_subclass__(cls):
        super().__init_subclass__()
        # A subclass that changes the pattern's pieces gets CPython's regex
        # (compiled here, like CPython does); plain ones keep the fast scanner.
        if ('pattern' in cls.__dict__ or cls.idpattern != Template.idpattern
                or cls.braceidpattern is not None
                or any('flags' in klass.__dict__ for klass in cls.__mro__
                       if klass is not Template)):
            import re as _re
            if 'pattern' in cls.__dict__:
                pattern = cls.pattern
            else:
                delim = _re.escape(cls.delimiter)
                id = cls.idpattern
                bid = cls.braceidpattern or cls.idpattern
                # The text as CPython's (indented as in its source): a
                # subclass may print cls.pattern.pattern.
                pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
            flags = cls.flags
            cls.pattern = _re.compile(pattern, flags | _re.VERBOSE)
            cls._regex = True

    def __init__(self, template):
        self.template = template

    _regex = False

    def _scan(self, mapping, safe):
        # A non-str template goes through re, which reports its type.
        if self._regex or not isinstance(self.template, str):
            return self._scan_regex(mapping, safe)
        # Walks the template like CPython's pattern: $$ (escaped), $name,
        # ${name}, anything else after $ is invalid.
        text = self.template
        delim = self.delimiter
        out = []
        i = 0
        n = len(text)
        dl = len(delim)
        while i < n:
            j = text.find(delim, i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            k = j + dl
            if text.startswith(delim, k):
                out.append(delim)
                i = k + dl
                continue
            if k < n and text[k] == '{':
                end = k + 1
                while end < n and _is_ident_char(text[end]):
                    end += 1
                name = text[k + 1:end]
                if name and _is_ident_start(name[0]) and name.isascii() and end < n and text[end] == '}':
                    out.append(self._lookup(mapping, name, safe, text[j:end + 1]))
                    i = end + 1
                    continue
            elif k < n and _is_ident_start(text[k]) and text[k].isascii():
                end = k
                while end < n and _is_ident_char(text[end]) and text[end].isascii():
                    end += 1
                name = text[k:end]
                out.append(self._lookup(mapping, name, safe, text[j:end]))
                i = end
                continue
            if safe:
                out.append(delim)
                i = k
                continue
            self._invalid(k)
        return ''.join(out)

    def _scan_regex(self, mapping, safe):
        # CPython's substitute/safe_substitute over the subclass's pattern.
        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return self._lookup(mapping, named, safe, mo.group())
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid(mo.start('invalid'))
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)

    def _lookup(self, mapping, name, safe, original):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return original
        return str(mapping[name])

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._scan(mapping, True)

    def is_valid(self):
        try:
            self._scan(_AnyMapping(), False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        names = _Recorder()
        self._scan(names, True)
        return names.names


class _ChainMap:
    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class _AnyMapping:
    def __getitem__(self, key):
        return ''


class _Recorder:
    def __init__(self):
        self.names = []

    def __getitem__(self, key):
        if key not in self.names:
            self.names.append(key)
        raise KeyError(key)


class Formatter:
    """The str.format() machinery, overridable piece by piece."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion}')

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion)."""
        s = format_string
        i, n = 0, len(s)
        literal = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    literal.append('{')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                j = _field_end(s, i)
                field = s[i + 1:j - 1]
                name, conversion, spec = _split_field(field)
                yield ''.join(literal), name, spec, conversion
                literal = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _split_field(field):
    depth = 0
    name_end = len(field)
    conversion = None
    spec = ''
    for k, ch in enumerate(field):
        if ch == '[':
            depth += 1
        elif ch == ']':
            depth -= 1
        elif depth == 0 and ch in '!:':
            name_end = k
            break
    name = field[:name_end]
    rest = field[name_end:]
    if rest.startswith('!'):
        if len(rest) < 2:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(':'):
            raise ValueError('expected \':\' after conversion specifier')
    if rest.startswith(':'):
        spec = rest[1:]
    return name, conversion, spec


def _field_name_split(name):
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest
