"""Header objects of the email package's current API (the default
policy): str subclasses carrying a name and parsed fields, and the
registry mapping header names to their classes.

Parsing here is the playground's own, built on email.utils' address and
date parsers; folding writes runs of non-ASCII words as one RFC 2047
encoded word (utf-8, 'q' unless base64 is much shorter) and breaks lines
at white space before max_line_length."""

from types import MappingProxyType

from email import utils
from email import errors

SPECIALS = set('()<>@,:;.\"[]')
ATOM_ENDS = SPECIALS | set(' \t') | set('\\')
DOT_ATOM_ENDS = ATOM_ENDS - set('.')


def _quote_string(value):
    return '"' + str(value).replace('\\', '\\\\').replace('"', r'\"') + '"'


class Address:

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        """An address: display name and username@domain (or addr_spec,
        which is split at its last '@')."""
        inputs = ''.join(filter(None, (display_name, username, domain, addr_spec)))
        if '\r' in inputs or '\n' in inputs:
            raise ValueError("invalid arguments; address parts cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or "
                                "domain also specified")
            if '@' in addr_spec:
                username, _, domain = addr_spec.rpartition('@')
            else:
                username, domain = addr_spec, ''
            if any(c in addr_spec for c in ' \t<>'):
                raise ValueError("Invalid addr_spec; only '{}' "
                                 "could be parsed from '{}'".format(username, addr_spec))
        self._display_name = display_name
        self._username = username
        self._domain = domain

    @property
    def display_name(self):
        return self._display_name

    @property
    def username(self):
        return self._username

    @property
    def domain(self):
        return self._domain

    @property
    def addr_spec(self):
        """The addr_spec (username@domain) portion of the address, quoted
        according to RFC 5322 rules, but with no Content Transfer Encoding.
        """
        lp = self.username
        if not DOT_ATOM_ENDS.isdisjoint(lp):
            lp = _quote_string(lp)
        if self.domain:
            return lp + '@' + self.domain
        if not lp:
            return '<>'
        return lp

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
                        self.__class__.__name__,
                        self.display_name, self.username, self.domain)

    def __str__(self):
        disp = self.display_name
        if not SPECIALS.isdisjoint(disp):
            disp = _quote_string(disp)
        if disp:
            addr_spec = '' if self.addr_spec == '<>' else self.addr_spec
            return "{} <{}>".format(disp, addr_spec)
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name == other.display_name and
                self.username == other.username and
                self.domain == other.domain)


class Group:

    def __init__(self, display_name=None, addresses=None):
        """A named group of addresses (display_name None: a lone address)."""
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else tuple()

    @property
    def display_name(self):
        return self._display_name

    @property
    def addresses(self):
        return self._addresses

    def __repr__(self):
        return "{}(display_name={!r}, addresses={!r}".format(
                 self.__class__.__name__,
                 self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        disp = self.display_name
        if disp is not None and not SPECIALS.isdisjoint(disp):
            disp = _quote_string(disp)
        adrstr = ", ".join(str(x) for x in self.addresses)
        adrstr = ' ' + adrstr if adrstr else adrstr
        return "{}:{};".format(disp, adrstr)

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return (self.display_name == other.display_name and
                self.addresses == other.addresses)


# --- header classes -------------------------------------------------------

def _ew_encode(text):
    """One RFC 2047 encoded word for text (utf-8)."""
    from email.quoprimime import header_length, _QUOPRI_HEADER_MAP
    from email.base64mime import header_length as b_length
    data = text.encode('utf-8')
    if header_length(data) - b_length(data) < 5:
        return '=?utf-8?q?%s?=' % data.decode('latin-1').translate(_QUOPRI_HEADER_MAP)
    import base64
    return '=?utf-8?b?%s?=' % base64.b64encode(data).decode('ascii')


def _fold_value(name, value, policy, splitchars=' '):
    words = value.split(' ')
    out = []
    run = []
    for word in words:
        if not word.isascii():
            run.append(word)
            continue
        if run:
            out.append(_ew_encode(' '.join(run)))
            run = []
        out.append(word)
    if run:
        out.append(_ew_encode(' '.join(run)))
    from email.header import _fold_words
    maxlen = policy.max_line_length or 1000000
    lines = _fold_words(out, maxlen - len(name) - 2, maxlen - 1, splitchars)
    lines[0] = name + ': ' + lines[0]
    lines[1:] = [' ' + line for line in lines[1:]]
    return policy.linesep.join(lines) + policy.linesep


class BaseHeader(str):
    """A str subclass: the header's (decoded) value, with its name and
    defects; subclasses add the parsed fields."""

    def __new__(cls, name, value):
        kwds = {'defects': []}
        cls.parse(value, kwds)
        self = str.__new__(cls, kwds['decoded'])
        del kwds['decoded']
        self.init(name, **kwds)
        return self

    def init(self, name, *, defects, parse_tree=None, **kw):
        self._name = name
        self._parse_tree = parse_tree
        self._defects = defects

    @property
    def name(self):
        return self._name

    @property
    def defects(self):
        return tuple(self._defects)

    def __reduce__(self):
        return (_reconstruct_header, (self.__class__.__name__,
                                      self.__class__.__bases__, str(self)),
                self.__dict__)

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    # where an overflowing line breaks by preference: structured headers
    # after ';' then ',' (between parameters and addresses), then at spaces
    _fold_splitchars = ';, '

    def fold(self, *, policy):
        """The header as folded line(s) ending with policy.linesep."""
        return _fold_value(self.name, str(self), policy, self._fold_splitchars)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


def _decode_words(value):
    if '=?' not in value:
        return value
    from email.header import decode_header, make_header
    try:
        return str(make_header(decode_header(value)))
    except Exception:
        return value


class UnstructuredHeader:

    max_count = None
    _fold_splitchars = ' '

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = _decode_words(str(value))


class UniqueUnstructuredHeader(UnstructuredHeader):

    max_count = 1


class DateHeader:
    """A date header: `datetime` is its value parsed (None when invalid)."""

    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            kwds['defects'].append(errors.HeaderMissingRequiredValue())
            kwds['datetime'] = None
            kwds['decoded'] = ''
            return
        if isinstance(value, str):
            kwds['decoded'] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                kwds['defects'].append(errors.InvalidDateDefect('Invalid date value or format'))
                kwds['datetime'] = None
                return
        kwds['datetime'] = value
        kwds['decoded'] = utils.format_datetime(kwds['datetime'])

    def init(self, *args, **kw):
        self._datetime = kw.pop('datetime')
        super().init(*args, **kw)

    @property
    def datetime(self):
        return self._datetime


class UniqueDateHeader(DateHeader):

    max_count = 1


class AddressHeader:
    """An address list header: `groups` and `addresses` hold its parsed
    Group and Address objects."""

    max_count = None

    @staticmethod
    def value_parser(value):
        return [Group(None, [Address(name, addr_spec=addr)])
                for name, addr in utils.getaddresses([value]) if addr]

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            groups = cls.value_parser(value)
        else:
            if not hasattr(value, '__iter__'):
                value = [value]
            groups = [Group(None, [item]) if not hasattr(item, 'addresses')
                      else item for item in value]
        kwds['groups'] = groups
        kwds['decoded'] = ', '.join([str(item) for item in groups])

    def init(self, *args, **kw):
        self._groups = tuple(kw.pop('groups'))
        self._addresses = None
        super().init(*args, **kw)

    @property
    def groups(self):
        return self._groups

    @property
    def addresses(self):
        if self._addresses is None:
            self._addresses = tuple(address for group in self._groups
                                    for address in group.addresses)
        return self._addresses


class UniqueAddressHeader(AddressHeader):

    max_count = 1


class SingleAddressHeader(AddressHeader):

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError(("value of single address header {} "
                              "is not a single address").format(self.name))
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):

    max_count = 1


class MIMEVersionHeader:

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        text = str(value).strip()
        kwds['decoded'] = text
        major, dot, minor = text.partition('.')
        if major.strip().isdigit() and minor.strip().isdigit():
            kwds['major'], kwds['minor'] = int(major), int(minor)
            kwds['version'] = '{}.{}'.format(kwds['major'], kwds['minor'])
        else:
            kwds['major'] = kwds['minor'] = kwds['version'] = None

    def init(self, *args, **kw):
        self._version = kw.pop('version')
        self._major = kw.pop('major')
        self._minor = kw.pop('minor')
        super().init(*args, **kw)

    @property
    def major(self):
        return self._major

    @property
    def minor(self):
        return self._minor

    @property
    def version(self):
        return self._version


def _split_params(text):
    """The ;-separated parts of a header value (a ';' in quotes kept)."""
    parts = []
    current = []
    inside = escaped = False
    for c in text:
        if escaped:
            escaped = False
        elif c == '\\' and inside:
            escaped = True
        elif c == '"':
            inside = not inside
        elif c == ';' and not inside:
            parts.append(''.join(current))
            current = []
            continue
        current.append(c)
    parts.append(''.join(current))
    return parts


class ParameterizedMIMEHeader:
    """A header with ;-separated parameters: `params` maps their lower
    case names to unquoted values."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        text = str(value)
        parts = _split_params(text)
        head = parts[0].strip() if parts else ''
        params = {}
        rendered = [head]
        for p in parts[1:]:
            name, eq, val = p.partition('=')
            name = name.strip()
            if not name:
                continue
            val = utils.unquote(val.strip())
            params[name.lower()] = val
            rendered.append('%s="%s"' % (name, utils.quote(val)) if eq else name)
        # the value as written back: parameter values quoted
        kwds['decoded'] = '; '.join(rendered)
        kwds['head'] = head
        kwds['params'] = params

    def init(self, *args, **kw):
        self._params = kw.pop('params')
        self._head = kw.pop('head')
        super().init(*args, **kw)

    @property
    def params(self):
        return MappingProxyType(self._params)


class ContentTypeHeader(ParameterizedMIMEHeader):

    def init(self, *args, **kw):
        super().init(*args, **kw)
        ctype = self._head.strip().lower()
        if ctype.count('/') == 1:
            self._maintype, self._subtype = ctype.split('/')
        else:
            self._maintype, self._subtype = 'text', 'plain'

    @property
    def maintype(self):
        return self._maintype

    @property
    def subtype(self):
        return self._subtype

    @property
    def content_type(self):
        return self.maintype + '/' + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):

    def init(self, *args, **kw):
        super().init(*args, **kw)
        cd = self._head.strip()
        self._content_disposition = cd.lower() if cd else None

    @property
    def content_disposition(self):
        return self._content_disposition


class ContentTransferEncodingHeader:

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = str(value)
        kwds['cte'] = str(value).strip().lower() or '7bit'

    def init(self, *args, **kw):
        self._cte = kw.pop('cte')
        super().init(*args, **kw)

    @property
    def cte(self):
        return self._cte


class MessageIDHeader:

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = str(value)


_default_header_map = {
    'subject':                      UniqueUnstructuredHeader,
    'date':                         UniqueDateHeader,
    'resent-date':                  DateHeader,
    'orig-date':                    UniqueDateHeader,
    'sender':                       UniqueSingleAddressHeader,
    'resent-sender':                SingleAddressHeader,
    'to':                           UniqueAddressHeader,
    'resent-to':                    AddressHeader,
    'cc':                           UniqueAddressHeader,
    'resent-cc':                    AddressHeader,
    'bcc':                          UniqueAddressHeader,
    'resent-bcc':                   AddressHeader,
    'from':                         UniqueAddressHeader,
    'resent-from':                  AddressHeader,
    'reply-to':                     UniqueAddressHeader,
    'mime-version':                 MIMEVersionHeader,
    'content-type':                 ContentTypeHeader,
    'content-disposition':          ContentDispositionHeader,
    'content-transfer-encoding':    ContentTransferEncodingHeader,
    'message-id':                   MessageIDHeader,
    }


class HeaderRegistry:
    """A header_factory: the class for a header name (a subclass of
    base_class and the name's specialized class), and its instances."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = {}
        self.base_class = base_class
        self.default_class = default_class
        if use_default_map:
            self.registry.update(_default_header_map)

    def map_to_type(self, name, cls):
        """Register cls as the specialized class for the header name."""
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        cls = self.registry.get(name.lower(), self.default_class)
        return type('_' + cls.__name__, (cls, self.base_class), {})

    def __call__(self, name, value):
        """A header object of the name's class for the value."""
        return self[name](name, value)
