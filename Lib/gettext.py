"""Internationalization and localization support, as CPython 3.11's
gettext: NullTranslations, GNUTranslations (catalogs read from a binary
file object holding a .mo file), translation/install/find and the
module-level gettext functions. The playground's file system is empty,
so find() locates no catalog: translation() raises FileNotFoundError
unless fallback=True, and the module-level functions return their
messages untranslated."""

import os
import sys

from _gettext_plural import c2py

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


def _plural_choice(msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


class NullTranslations:
    """Translations that translate nothing (and the base class of the
    catalogs): each lookup goes to the fallback, if any."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return _plural_choice(msgid1, msgid2, n)

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return _plural_choice(msgid1, msgid2, n)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Bind `_` (and the listed functions among gettext, ngettext,
        pgettext, npgettext) in builtins."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU .mo file (either byte order)."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        size = len(buf)
        magic = unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, count, originals, translations = unpack(order + '4I',
                                                         buf[4:20])
        major, _minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        pair = order + 'II'
        for _ in range(count):
            mlen, moff = unpack(pair, buf[originals:originals + 8])
            tlen, toff = unpack(pair, buf[translations:translations + 8])
            if moff + mlen < size and toff + tlen < size:
                msg = buf[moff:moff + mlen]
                tmsg = buf[toff:toff + tlen]
            else:
                raise OSError(0, 'File is corrupt', filename)
            if mlen == 0:
                self._read_metadata(tmsg)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                msgid1, _msgid2 = msg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for i, form in enumerate(tmsg.split(b'\x00')):
                    catalog[(msgid1, i)] = str(form, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            originals += 8
            translations += 8

    def _read_metadata(self, text):
        # The header entry: "Key: value" lines, continued by lines without
        # a colon; Content-Type gives the charset, Plural-Forms the rule.
        last = None
        for raw in text.split(b'\n'):
            item = raw.decode().strip()
            if not item:
                continue
            if item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                continue
            key = value = None
            if ':' in item:
                key, value = item.split(':', 1)
                key = key.strip().lower()
                value = value.strip()
                self._info[key] = value
                last = key
            elif last:
                self._info[last] += '\n' + item
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                rule = value.split(';')[1].split('plural=')[1]
                self.plural = c2py(rule)

    def gettext(self, message):
        if message in self._catalog:
            return self._catalog[message]
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return _plural_choice(msgid1, msgid2, n)

    def pgettext(self, context, message):
        key = self.CONTEXT % (context, message)
        if key in self._catalog:
            return self._catalog[key]
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        key = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[key, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return _plural_choice(msgid1, msgid2, n)


def _expand_lang(loc):
    # Every variant of a locale name, most specific first
    # (language_TERRITORY.codeset@modifier down to language).
    import locale
    loc = locale.normalize(loc)
    modifier = codeset = territory = ''
    if '@' in loc:
        loc, modifier = loc[:loc.find('@')], loc[loc.find('@'):]
    if '.' in loc:
        loc, codeset = loc[:loc.find('.')], loc[loc.find('.'):]
    if '_' in loc:
        loc, territory = loc[:loc.find('_')], loc[loc.find('_'):]
    # Bit 0 is the codeset, 1 the territory, 2 the modifier (CPython's
    # order of combinations); the text always reads language, territory,
    # codeset, modifier.
    bits = ((codeset, 1), (territory, 2), (modifier, 4))
    present = sum(bit for part, bit in bits if part)
    variants = []
    for mask in range(present + 1):
        if mask & ~present:
            continue
        variants.append(loc + (territory if mask & 2 else '')
                        + (codeset if mask & 1 else '')
                        + (modifier if mask & 4 else ''))
    variants.reverse()
    return variants


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file for `domain` (a list of every match with all=True):
    localedir/LANG/LC_MESSAGES/domain.mo for the languages asked for, or
    those of $LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for name in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            value = os.environ.get(name)
            if value:
                languages = value.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    expanded = []
    for lang in languages:
        for variant in _expand_lang(lang):
            if variant not in expanded:
                expanded.append(variant)
    result = [] if all else None
    for lang in expanded:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if _exists(mofile):
            if not all:
                return mofile
            result.append(mofile)
    return result


def _exists(path):
    # The playground's os.path.exists refuses to look (it has no files):
    # nothing exists.
    try:
        return os.path.exists(path)
    except OSError:
        return False


_translations = {}


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    """The catalogs found for `domain`, chained by fallbacks;
    NullTranslations() when none is found and fallback is true."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT,
                                'No translation file found for domain', domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_translation(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return _plural_choice(msgid1, msgid2, n)
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_translation(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return _plural_choice(msgid1, msgid2, n)
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
