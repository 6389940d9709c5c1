import builtins
import gettext
import io
import struct

print(gettext.gettext('hello'), gettext.ngettext('apple', 'apples', 1),
      gettext.ngettext('apple', 'apples', 3), gettext.pgettext('menu', 'Open'),
      gettext.npgettext('ctx', 'one', 'many', 2))
print(gettext.dgettext('other', 'msg'), gettext.dngettext('other', 'a', 'b', 0))
print(gettext.textdomain(), gettext.textdomain('myapp'), gettext.textdomain())
print(gettext.bindtextdomain('myapp', '/nonexistent/locale'))
print(gettext.find('myapp', '/nonexistent/locale'), gettext.find('myapp', '/x', all=True))
print(gettext.find('myapp', '/x', languages=['de_DE', 'fr']))
for lang in ['en', 'fr_FR', 'C', 'pt_BR.ISO8859-1', 'de_DE.UTF-8']:
    print(lang, gettext._expand_lang(lang))

try:
    gettext.translation('myapp', '/nonexistent/locale', languages=['de'])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
t = gettext.translation('myapp', '/nonexistent/locale', languages=['de'], fallback=True)
print(type(t).__name__, t.gettext('x'), t.info(), t.charset())

null = gettext.NullTranslations()
null.install()
print(_('installed'), builtins._ == null.gettext)
null.install(names=['ngettext', 'bogus'])
print(builtins.ngettext('a', 'b', 2), hasattr(builtins, 'bogus'))
del builtins._, builtins.ngettext
gettext.install('myapp')
print(_('via install'))
del builtins._


class Upper(gettext.NullTranslations):
    def gettext(self, message):
        return message.upper()


chain = gettext.NullTranslations()
chain.add_fallback(Upper())
chain.add_fallback(gettext.NullTranslations())
print(chain.gettext('fallback'), chain.ngettext('x', 'y', 2))


def mo_file(entries, order='<'):
    # A GNU .mo file holding (msgid, msgstr) byte pairs, sorted by msgid.
    entries = sorted(entries)
    n = len(entries)
    ids_at = 28
    strs_at = ids_at + 8 * n
    data_at = strs_at + 8 * n
    ids, strs, blob = [], [], b''
    for msgid, msgstr in entries:
        ids.append((len(msgid), data_at + len(blob)))
        blob += msgid + b'\0'
        strs.append((len(msgstr), data_at + len(blob)))
        blob += msgstr + b'\0'
    out = struct.pack(order + '7I', 0x950412de, 0, n, ids_at, strs_at, 0, 0)
    for length, offset in ids + strs:
        out += struct.pack(order + '2I', length, offset)
    return out + blob


header = (b'Project-Id-Version: demo\nContent-Type: text/plain; charset=UTF-8\n'
          b'Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : '
          b'n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n'
          b'Last-Translator: someone\n continued line\n')
catalog = mo_file([
    (b'', header),
    (b'Hello', 'Cze\u015b\u0107'.encode()),
    (b'file\0files', 'plik\0pliki\0plik\u00f3w'.encode()),
    (b'menu\x04Open', b'Otw\xc3\xb3rz'),
])
gnu = gettext.GNUTranslations(io.BytesIO(catalog))
print(gnu.gettext('Hello'), gnu.gettext('Missing'), gnu.pgettext('menu', 'Open'),
      gnu.pgettext('other', 'Open'))
print([gnu.ngettext('file', 'files', n) for n in (1, 2, 5, 12, 22, 101)])
print(gnu.npgettext('ctx', 'a', 'b', 1), gnu.charset())
print(sorted(gnu.info().items()))
gnu.add_fallback(Upper())
print(gnu.gettext('unknown'))

try:
    gettext.GNUTranslations(io.BytesIO(b'\0' * 28))
except OSError as e:
    print(e.errno, e.strerror, repr(e.filename))
bad_version = bytearray(mo_file([]))
bad_version[4:8] = struct.pack('<I', 5 << 16)
try:
    gettext.GNUTranslations(io.BytesIO(bytes(bad_version)))
except OSError as e:
    print(e.errno, e.strerror)
big = gettext.GNUTranslations(io.BytesIO(mo_file([(b'k', b'v'), (b'x\0xs', b'X\0XS')], '>')))
print(big.gettext('k'), big.ngettext('x', 'xs', 1), big.ngettext('x', 'xs', 7))

for rule in ['n != 1', 'n > 1', '0', 'n==1 ? 0 : n==2 ? 1 : 2', '(n % 10 == 1) && (n % 100 != 11)',
             '!(n == 1)', 'n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3']:
    f = gettext.c2py(rule)
    print(rule, [f(n) for n in (0, 1, 2, 3, 4, 5, 11, 21, 101, 102)])
for rule in ['n +', '(n', 'n ? 1', 'x', 'n == 1 ; 2', '1 < 2 < 3', 'n' * 1001]:
    try:
        print(rule[:20], gettext.c2py(rule)(1))
    except ValueError as e:
        print(rule[:20], 'ValueError', e)
try:
    gettext.c2py('n != 1')('3')
except TypeError as e:
    print(e)
