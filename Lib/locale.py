"""Locale support, the C-locale subset of CPython 3.11's locale.

The playground has only the C locales: the process starts as CPython does
under LANG=C.UTF-8 (LC_CTYPE is 'C.UTF-8', every other category 'C'), and
setlocale() accepts 'C', 'POSIX', 'C.UTF-8'/'C.utf8' and '' (the
environment's C.UTF-8); anything else raises locale.Error. localeconv()
is the C locale's, so format_string(), str(), atof(), atoi() and friends
behave as in C (no grouping), and currency() refuses, as CPython does
under C. normalize() knows a small alias table (the common languages).
"""

import re
from collections.abc import Mapping as _Mapping

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding"]

_builtin_str = str

CHAR_MAX = 127
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6


class Error(Exception):
    pass


# glibc's categories, in the order a composite LC_ALL name lists them.
_CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE',
                   'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER', 'LC_NAME',
                   'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                   'LC_IDENTIFICATION']
_CATEGORY_INDEX = {LC_CTYPE: 0, LC_NUMERIC: 1, LC_TIME: 2, LC_COLLATE: 3,
                   LC_MONETARY: 4, LC_MESSAGES: 5}
_current = ['C.UTF-8'] + ['C'] * 11
_ENVIRONMENT_LOCALE = 'C.UTF-8'
_SUPPORTED = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8',
              'C.utf8': 'C.utf8'}


def _setlocale(category, value=None):
    if not isinstance(category, int):
        raise TypeError(f"'{type(category).__name__}' object cannot be "
                        "interpreted as an integer")
    if category != LC_ALL and category not in _CATEGORY_INDEX:
        raise Error('locale query failed' if value is None
                    else 'unsupported locale setting')
    if value is not None:
        if value == '':
            value = _ENVIRONMENT_LOCALE
        if value not in _SUPPORTED:
            raise Error('unsupported locale setting')
        name = _SUPPORTED[value]
        if category == LC_ALL:
            _current[:] = [name] * len(_current)
        else:
            _current[_CATEGORY_INDEX[category]] = name
        return name
    if category == LC_ALL:
        if all(name == _current[0] for name in _current):
            return _current[0]
        return ';'.join(f'{cat}={name}'
                        for cat, name in zip(_CATEGORY_NAMES, _current))
    return _current[_CATEGORY_INDEX[category]]


def localeconv():
    """Returns numeric and monetary locale-specific parameters (the C
    locale's)."""
    return {'int_curr_symbol': '', 'currency_symbol': '',
            'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
            'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b, /):
    """Compares two strings according to the locale (C: code points)."""
    for position, arg in ((1, a), (2, b)):
        if not isinstance(arg, _builtin_str):
            raise TypeError(f"strcoll() argument {position} must be str, "
                            f"not {type(arg).__name__}")
    return (a > b) - (a < b)


def strxfrm(string, /):
    """Return a string that can be used as a key for locale-aware
    comparisons (C: the string itself)."""
    if not isinstance(string, _builtin_str):
        raise TypeError(f"strxfrm() argument must be str, "
                        f"not {type(string).__name__}")
    return string


# --- number formatting ------------------------------------------------------

def _grouping_intervals(grouping):
    last_interval = None
    for interval in grouping:
        if interval == CHAR_MAX:
            return
        if interval == 0:
            if last_interval is None:
                raise ValueError("invalid grouping")
            while True:
                yield last_interval
        yield interval
        last_interval = interval


def _group(s, monetary=False):
    conv = localeconv()
    thousands_sep = conv[monetary and 'mon_thousands_sep' or 'thousands_sep']
    grouping = conv[monetary and 'mon_grouping' or 'grouping']
    if not grouping:
        return (s, 0)
    if s[-1] == ' ':
        stripped = s.rstrip()
        right_spaces = s[len(stripped):]
        s = stripped
    else:
        right_spaces = ''
    left_spaces = ''
    groups = []
    for interval in _grouping_intervals(grouping):
        if not s or s[-1] not in "0123456789":
            left_spaces = s
            s = ''
            break
        groups.append(s[-interval:])
        s = s[:-interval]
    if s:
        groups.append(s)
    groups.reverse()
    return (left_spaces + thousands_sep.join(groups) + right_spaces,
            len(thousands_sep) * (len(groups) - 1))


def _strip_padding(s, amount):
    lpos = 0
    while amount and s[lpos] == ' ':
        lpos += 1
        amount -= 1
    rpos = len(s) - 1
    while amount and s[rpos] == ' ':
        rpos -= 1
        amount -= 1
    return s[lpos:rpos + 1]


_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                         r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def _localize(formatted, grouping=False, monetary=False):
    if '.' in formatted:
        seps = 0
        parts = formatted.split('.')
        if grouping:
            parts[0], seps = _group(parts[0], monetary=monetary)
        decimal_point = localeconv()[monetary and 'mon_decimal_point'
                                     or 'decimal_point']
        formatted = decimal_point.join(parts)
        if seps:
            formatted = _strip_padding(formatted, seps)
    else:
        seps = 0
        if grouping:
            formatted, seps = _group(formatted, monetary=monetary)
        if seps:
            formatted = _strip_padding(formatted, seps)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use,
    but takes the current locale into account."""
    percents = list(_percent_re.finditer(f))
    new_f = _percent_re.sub('%s', f)

    if isinstance(val, _Mapping):
        new_val = []
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                new_val.append(_format(perc.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        new_val = []
        i = 0
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                starcount = perc.group('modifiers').count('*')
                new_val.append(_format(perc.group(), val[i], grouping,
                                       monetary, *val[i + 1:i + 1 + starcount]))
                i += (1 + starcount)
    val = tuple(new_val)
    return new_f % val


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings in the current
    locale (the C locale has none)."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    raise NotImplementedError('currency() needs a locale with currency '
                              'settings, which the playground lacks')


def str(val):
    """Convert float to string, taking the locale into account."""
    return _format("%.12g", val)


def delocalize(string):
    "Parses a string as a normalized number according to the locale."
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    "Parses a string as a float according to the locale."
    return func(delocalize(string))


def atoi(string):
    "Converts a string to an integer according to the locale."
    return int(delocalize(string))


# --- locale names -------------------------------------------------------------

# A few of CPython's locale_alias entries: the common languages, and the C
# names.
_LOCALE_ALIAS = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.en': 'C.ISO8859-1',
    'c.iso88591': 'en_US.ISO8859-1', 'c.utf8': 'en_US.UTF-8',
    'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1', 'en_au': 'en_AU.ISO8859-1',
    'en_ca': 'en_CA.ISO8859-1', 'en_in': 'en_IN.ISO8859-1',
    'en_us@euro': 'en_US.ISO8859-15', 'en_us.utf8': 'en_US.UTF-8',
    'de': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1',
    'de_at': 'de_AT.ISO8859-1', 'de_ch': 'de_CH.ISO8859-1',
    'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1',
    'fr_ca': 'fr_CA.ISO8859-1', 'fr_be': 'fr_BE.ISO8859-1',
    'es': 'es_ES.ISO8859-1', 'es_es': 'es_ES.ISO8859-1',
    'es_mx': 'es_MX.ISO8859-1', 'it': 'it_IT.ISO8859-1',
    'it_it': 'it_IT.ISO8859-1', 'nl': 'nl_NL.ISO8859-1',
    'nl_nl': 'nl_NL.ISO8859-1', 'pt': 'pt_PT.ISO8859-1',
    'pt_pt': 'pt_PT.ISO8859-1', 'pt_br': 'pt_BR.ISO8859-1',
    'sv': 'sv_SE.ISO8859-1', 'sv_se': 'sv_SE.ISO8859-1',
    'da': 'da_DK.ISO8859-1', 'da_dk': 'da_DK.ISO8859-1',
    'fi': 'fi_FI.ISO8859-15', 'fi_fi': 'fi_FI.ISO8859-15',
    'no': 'no_NO.ISO8859-1', 'nb_no': 'nb_NO.ISO8859-1',
    'pl': 'pl_PL.ISO8859-2', 'pl_pl': 'pl_PL.ISO8859-2',
    'cs': 'cs_CZ.ISO8859-2', 'cs_cz': 'cs_CZ.ISO8859-2',
    'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8', 'uk': 'uk_UA.KOI8-U',
    'uk_ua': 'uk_UA.KOI8-U', 'tr': 'tr_TR.ISO8859-9',
    'tr_tr': 'tr_TR.ISO8859-9', 'el': 'el_GR.ISO8859-7',
    'el_gr': 'el_GR.ISO8859-7', 'he': 'he_IL.ISO8859-8',
    'he_il': 'he_IL.ISO8859-8', 'ja': 'ja_JP.eucJP',
    'ja_jp': 'ja_JP.eucJP', 'ko': 'ko_KR.eucKR', 'ko_kr': 'ko_KR.eucKR',
    'zh': 'zh_CN.eucCN', 'zh_cn': 'zh_CN.gb2312', 'zh_tw': 'zh_TW.big5',
    'ar': 'ar_AA.ISO8859-6', 'hi_in': 'hi_IN.ISCII-DEV',
    'utf8': 'utf8',
}

# How encoding names read in normalized locale names.
_ENCODING_ALIAS = {
    'utf8': 'UTF-8', 'utf': 'UTF-8', 'utf_8': 'UTF-8',
    'latin1': 'ISO8859-1', 'latin_1': 'ISO8859-1', 'iso88591': 'ISO8859-1',
    'iso885915': 'ISO8859-15', 'latin9': 'ISO8859-15',
    'iso88592': 'ISO8859-2', 'ascii': 'ISO8859-1', 'eucjp': 'eucJP',
    'euckr': 'eucKR', 'gb2312': 'gb2312', 'big5': 'big5',
    'koi8r': 'KOI8-R', 'koi8u': 'KOI8-U', 'cp1252': 'CP1252',
}


def _replace_encoding(code, encoding):
    if '.' in code:
        langname = code[:code.index('.')]
    else:
        langname = code
    norm_encoding = encoding.lower().replace('-', '').replace('_', '')
    if norm_encoding in _ENCODING_ALIAS:
        encoding = _ENCODING_ALIAS[norm_encoding]
    else:
        encoding = encoding.replace('_', '').replace('-', '').upper()
        if encoding == 'UTF8':
            encoding = 'UTF-8'
    return langname + '.' + encoding


def normalize(localename):
    """Returns a normalized locale code for the given locale name, e.g.
    'en_US.ISO8859-1' for 'en' (unknown names come back unchanged)."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname = code
        encoding = ''

    lang_enc = langname
    if encoding:
        norm_encoding = encoding.replace('-', '').replace('_', '')
        lang_enc += '.' + norm_encoding
    lookup_name = lang_enc
    if modifier:
        lookup_name += '@' + modifier
    code = _LOCALE_ALIAS.get(lookup_name, None)
    if code is not None:
        return code
    if modifier:
        code = _LOCALE_ALIAS.get(lang_enc, None)
        if code is not None:
            if '@' not in code:
                return code + '@' + modifier
            if code.split('@', 1)[1].lower() == modifier:
                return code
    if encoding:
        lookup_name = langname
        if modifier:
            lookup_name += '@' + modifier
        code = _LOCALE_ALIAS.get(lookup_name, None)
        if code is not None:
            if '@' not in code:
                return _replace_encoding(code, encoding)
            code, modifier = code.split('@', 1)
            return _replace_encoding(code, encoding) + '@' + modifier
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Tries to determine the default locale settings and returns them as
    tuple (language code, encoding): the environment's C.UTF-8."""
    import warnings
    warnings.warn(
        "'locale.getdefaultlocale' is deprecated and slated for removal "
        "in Python 3.15. Use setlocale(), getencoding() and getlocale() "
        "instead.",
        DeprecationWarning, stacklevel=2
    )
    return _parse_localename(_ENVIRONMENT_LOCALE)


def getlocale(category=LC_CTYPE):
    """Returns the current setting for the given locale category as tuple
    (language code, encoding)."""
    localename = _setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def setlocale(category, locale=None):
    """Set the locale for the given category. The locale can be a string,
    an iterable of two strings (language code and encoding), or None.
    With None, return the current setting."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def resetlocale(category=LC_ALL):
    """Sets the locale for category to the default setting."""
    import warnings
    warnings.warn(
        'Use locale.setlocale(locale.LC_ALL, "") instead',
        DeprecationWarning, stacklevel=2
    )
    _setlocale(category, _ENVIRONMENT_LOCALE)


def getencoding():
    """Get the current locale encoding."""
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using (UTF-8 mode is
    off; the C.UTF-8 locale's encoding)."""
    return 'UTF-8'
