"""RFC 2822 date and address parsing for email.utils (the playground's own
parser, with CPython 3.11's results for the forms mail programs use)."""

import time
import calendar

__all__ = ['mktime_tz', 'parsedate', 'parsedate_tz', 'quote']

SPACE = ' '
EMPTYSTRING = ''
COMMASPACE = ', '

_monthnames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul',
               'aug', 'sep', 'oct', 'nov', 'dec',
               'january', 'february', 'march', 'april', 'may', 'june', 'july',
               'august', 'september', 'october', 'november', 'december']

_daynames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

# Offsets of the zone names RFC 822 and common mailers use, as +HHMM.
_timezones = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
              'AST': -400, 'ADT': -300,
              'EST': -500, 'EDT': -400,
              'CST': -600, 'CDT': -500,
              'MST': -700, 'MDT': -600,
              'PST': -800, 'PDT': -700
              }


def parsedate_tz(data):
    """Convert a date string to a 10-tuple (the 9 time.struct_time fields
    and the zone's offset in seconds, or None), or None if it is not a
    date."""
    res = _parsedate_tz(data)
    if not res:
        return
    if res[9] is None:
        res[9] = 0
    return tuple(res)


def _parsedate_tz(data):
    if not data:
        return None
    data = data.split()
    if not data:
        return None
    # a leading day name (with or without its comma) is ignored
    if data[0].endswith(',') or data[0].lower() in _daynames:
        del data[0]
    else:
        i = data[0].rfind(',')
        if i >= 0:
            data[0] = data[0][i + 1:]
    if len(data) == 3:  # RFC 850 date, deprecated: dd-mmm-yy
        stuff = data[0].split('-')
        if len(stuff) == 3:
            data = stuff + data[1:]
    if len(data) == 4:
        s = data[3]
        i = s.find('+')
        if i == -1:
            i = s.find('-')
        if i > 0:
            data[3:] = [s[:i], s[i:]]
        else:
            data.append('')  # no zone
    if len(data) < 5:
        return None
    data = data[:5]
    [dd, mm, yy, tm, tz] = data
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _monthnames:
        dd, mm = mm, dd.lower()
        if mm not in _monthnames:
            return None
    mm = _monthnames.index(mm) + 1
    if mm > 12:
        mm -= 12
    if dd[-1] == ',':
        dd = dd[:-1]
    i = yy.find(':')
    if i > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ',':
        tm = tm[:-1]
    tm = tm.split(':')
    if len(tm) == 2:
        [thh, tmm] = tm
        tss = '0'
    elif len(tm) == 3:
        [thh, tmm, tss] = tm
    elif len(tm) == 1 and '.' in tm[0]:
        # Some non-compliant MUAs write the time with dots
        tm = tm[0].split('.')
        if len(tm) == 2:
            [thh, tmm] = tm
            tss = 0
        elif len(tm) == 3:
            [thh, tmm, tss] = tm
        else:
            return None
    else:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh = int(thh)
        tmm = int(tmm)
        tss = int(tss)
    except ValueError:
        return None
    # two-digit years: 00-68 are 20xx, 69-99 are 19xx (POSIX's rule)
    if yy < 100:
        if yy > 68:
            yy += 1900
        else:
            yy += 2000
    tzoffset = None
    tz = tz.upper()
    if tz in _timezones:
        tzoffset = _timezones[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
        if tzoffset == 0 and tz.startswith('-'):
            tzoffset = None
    # +HHMM as seconds
    if tzoffset:
        if tzoffset < 0:
            tzsign = -1
            tzoffset = -tzoffset
        else:
            tzsign = 1
        tzoffset = tzsign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return [yy, mm, dd, thh, tmm, tss, 0, 1, -1, tzoffset]


def parsedate(data):
    """Convert a time string to a time tuple (9 fields), or None."""
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    else:
        return t


def mktime_tz(data):
    """Turn a 10-tuple as returned by parsedate_tz() into a POSIX timestamp."""
    if data[9] is None:
        # No zone info, so localtime is better assumption than GMT
        return time.mktime(data[:8] + (-1,))
    else:
        t = calendar.timegm(data)
        return t - data[9]


def quote(str):
    """Prepare string to be used in a quoted string: backslashes and
    double quotes are escaped."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


# --- addresses ------------------------------------------------------------

_SPECIALS = '()<>@,:;."[]'
_WHITESPACE = ' \t\r\n'


class AddrlistClass:
    """Parse a list of RFC 2822 addresses: getaddrlist() gives
    (display name, address) pairs; a group's members are listed, an empty
    group gives nothing; a comment serves as the name when there is no
    other."""

    def __init__(self, field):
        self.field = field
        self.pos = 0
        self.commentlist = []

    # low-level scanners

    def gotonext(self):
        """Skip white space and comments (which are collected)."""
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in _WHITESPACE:
                self.pos += 1
            elif c == '(':
                self.commentlist.append(self.getcomment())
            else:
                break

    def getdelimited(self, beginchar, endchars, allowcomments=True):
        if self.field[self.pos] != beginchar:
            return ''
        out = []
        quoted = False
        self.pos += 1
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if quoted:
                out.append(c)
                quoted = False
            elif c in endchars:
                self.pos += 1
                break
            elif allowcomments and c == '(':
                out.append(self.getcomment())
                continue
            elif c == '\\':
                quoted = True
            else:
                out.append(c)
            self.pos += 1
        return ''.join(out)

    def getquote(self):
        return self.getdelimited('"', '"\r', False)

    def getcomment(self):
        return self.getdelimited('(', ')\r', True)

    def getdomainliteral(self):
        return '[%s]' % self.getdelimited('[', ']\r', False)

    def getatom(self, atomends=None):
        out = []
        if atomends is None:
            atomends = _SPECIALS + _WHITESPACE
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in atomends:
                break
            out.append(c)
            self.pos += 1
        return ''.join(out)

    def getphraselist(self):
        """Words of a phrase (atoms and quoted strings, dots kept)."""
        plist = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in _WHITESPACE:
                self.pos += 1
            elif c == '"':
                plist.append(self.getquote())
            elif c == '(':
                self.commentlist.append(self.getcomment())
            elif c in '.':
                plist.append(c)
                self.pos += 1
            elif c in _SPECIALS:
                break
            else:
                plist.append(self.getatom())
        return plist

    def getaddrspec(self):
        """local-part@domain."""
        aslist = []
        self.gotonext()
        preserve_ws = True
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c == '.':
                if aslist and not aslist[-1].strip():
                    aslist.pop()
                aslist.append('.')
                self.pos += 1
                preserve_ws = False
            elif c == '"':
                aslist.append('"%s"' % quote(self.getquote()))
            elif c in _SPECIALS:
                break
            elif c in _WHITESPACE:
                if preserve_ws:
                    aslist.append(' ')
                self.pos += 1
                self.gotonext()
            else:
                aslist.append(self.getatom())
                preserve_ws = True
            if c not in _WHITESPACE:
                self.gotonext()
        while aslist and not aslist[-1].strip():
            aslist.pop()
        local = ''.join(aslist)
        if self.pos >= len(self.field) or self.field[self.pos] != '@':
            return local
        self.pos += 1
        self.gotonext()
        return local + '@' + self.getdomain()

    def getdomain(self):
        sdlist = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in _WHITESPACE:
                self.pos += 1
            elif c == '(':
                self.commentlist.append(self.getcomment())
            elif c == '[':
                sdlist.append(self.getdomainliteral())
            elif c == '.':
                self.pos += 1
                sdlist.append('.')
            elif c == '@':
                return ''
            elif c in _SPECIALS:
                break
            else:
                sdlist.append(self.getatom())
        return ''.join(sdlist)

    def getrouteaddr(self):
        """<[route:]addr-spec>."""
        if self.field[self.pos] != '<':
            return ''
        self.pos += 1
        self.gotonext()
        adlist = ''
        expectroute = False
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if expectroute:
                self.getdomain()
                expectroute = False
            elif c == '>':
                self.pos += 1
                break
            elif c == '@':
                self.pos += 1
                expectroute = True
            elif c == ':':
                self.pos += 1
            else:
                adlist = self.getaddrspec()
                self.pos += 1
                break
            self.gotonext()
        return adlist

    def getaddress(self):
        """One address (or a group's addresses) as a list of pairs."""
        self.commentlist = []
        self.gotonext()
        oldpos = self.pos
        oldcl = self.commentlist
        plist = self.getphraselist()
        self.gotonext()
        returnlist = []
        if self.pos >= len(self.field):
            if plist:
                returnlist = [(SPACE.join(self.commentlist), plist[0])]
        elif self.field[self.pos] in '.@':
            # a bare addr-spec: parse it again as one
            self.pos = oldpos
            self.commentlist = oldcl
            addrspec = self.getaddrspec()
            returnlist = [(SPACE.join(self.commentlist), addrspec)]
        elif self.field[self.pos] == ':':
            # a group
            returnlist = []
            fieldlen = len(self.field)
            self.pos += 1
            while self.pos < len(self.field):
                self.gotonext()
                if self.pos < fieldlen and self.field[self.pos] == ';':
                    self.pos += 1
                    break
                returnlist = returnlist + self.getaddress()
        elif self.field[self.pos] == '<':
            routeaddr = self.getrouteaddr()
            if self.commentlist:
                returnlist = [(SPACE.join(plist) + ' (' +
                               ' '.join(self.commentlist) + ')', routeaddr)]
            else:
                returnlist = [(SPACE.join(plist), routeaddr)]
        else:
            if plist:
                returnlist = [(SPACE.join(self.commentlist), plist[0])]
            elif self.field[self.pos] in _SPECIALS:
                self.pos += 1
        self.gotonext()
        if self.pos < len(self.field) and self.field[self.pos] == ',':
            self.pos += 1
        return returnlist

    def getaddrlist(self):
        result = []
        while self.pos < len(self.field):
            ad = self.getaddress()
            if ad:
                result += ad
            else:
                result.append(('', ''))
        return result


class AddressList(AddrlistClass):
    """An AddrlistClass with its parsed addresses (addresslist)."""

    def __init__(self, field):
        AddrlistClass.__init__(self, field)
        if field:
            self.addresslist = self.getaddrlist()
        else:
            self.addresslist = []

    def __len__(self):
        return len(self.addresslist)

    def __getitem__(self, index):
        return self.addresslist[index]
