import configparser


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, '->', type(e).__name__, repr(str(e)), e.args)
    else:
        print(label, '=', repr(result))


cp = configparser.ConfigParser()
cp.read_string("[s]\nx = 1\nflag = maybe\n")
attempt('no section', lambda: cp.get('t', 'x'))
attempt('no option', lambda: cp.get('s', 'Y'))
attempt('getint', lambda: cp.getint('s', 'flag'))
attempt('getboolean', lambda: cp.getboolean('s', 'flag'))
attempt('options', lambda: cp.options('t'))
attempt('items', lambda: cp.items('t'))
attempt('set', lambda: cp.set('t', 'a', 'b'))
attempt('set non-str', lambda: cp.set('s', 'a', 3))
attempt('set non-str key', lambda: cp.set('s', 3, 'x'))
attempt('add dup', lambda: cp.add_section('s'))
attempt('add default', lambda: cp.add_section('DEFAULT'))
attempt('add int', lambda: cp.add_section(5))
attempt('getitem', lambda: cp['zzz'])
attempt('proxy getitem', lambda: cp['s']['zzz'])
attempt('del default', lambda: cp.__delitem__('DEFAULT'))
attempt('del missing', lambda: cp.__delitem__('zzz'))
attempt('proxy set', lambda: cp['s'].__setitem__('k', 1))
attempt('bad interpolation set', lambda: cp.set('s', 'pct', '100%'))
attempt('bad interpolation set 2', lambda: cp.set('s', 'pct', '%(a)s and %x'))
attempt('interpolation type', lambda: configparser.ConfigParser(interpolation=3))

attempt('dup section', lambda: configparser.ConfigParser().read_string("[a]\n[a]\n"))
attempt('dup section source', lambda: configparser.ConfigParser().read_string("[a]\n[a]\n", source='file.ini'))
attempt('dup option', lambda: configparser.ConfigParser().read_string("[a]\nk=1\nK=2\n"))
attempt('dup dict option', lambda: configparser.ConfigParser().read_dict({'a': {'k': 1, 'K': 2}}))
nonstrict = configparser.ConfigParser(strict=False)
nonstrict.read_string("[a]\nk=1\nK=2\n[a]\nj=3\n")
print(dict(nonstrict['a']))
attempt('no header', lambda: configparser.ConfigParser().read_string("k = v\n[a]\n"))
attempt('parsing', lambda: configparser.ConfigParser().read_string("[a]\nnovalue\n=x\nok=1\nbad line\n"))
try:
    configparser.ConfigParser().read_string("[a]\njunk\n", source='src.ini')
except configparser.ParsingError as e:
    print(e.source, e.errors, isinstance(e, configparser.Error))
try:
    configparser.ConfigParser().read_string("x\n", source='src.ini')
except configparser.MissingSectionHeaderError as e:
    print(e.source, e.lineno, repr(e.line), repr(e))

e = configparser.DuplicateSectionError('sec', 'src', 7)
print(str(e), e.section, e.source, e.lineno)
print(str(configparser.DuplicateOptionError('sec', 'opt')))
print(str(configparser.DuplicateOptionError('sec', 'opt', 'src')))
print(str(configparser.Error('message')), repr(configparser.Error('m2')))
print(str(configparser.NoOptionError('o', 's')).upper())
for cls in (configparser.NoSectionError, configparser.InterpolationSyntaxError,
            configparser.InterpolationDepthError, configparser.ParsingError,
            configparser.MissingSectionHeaderError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:-2]])

valueless = configparser.ConfigParser(allow_no_value=True)
valueless.read_string("[mysqld]\nskip-bdb\nuser = mysql\n")
print(valueless.get('mysqld', 'skip-bdb'), valueless.get('mysqld', 'user'))
import io
out = io.StringIO()
valueless.write(out)
print(repr(out.getvalue()))

custom = configparser.ConfigParser(delimiters=('->',), comment_prefixes=('//',),
                                   inline_comment_prefixes=(';', '#'),
                                   default_section='common',
                                   empty_lines_in_values=False)
custom.read_string("""
[common]
base -> /srv
[app]
path -> x;y ; trailing comment
tag -> a #b # c
// full comment
multi -> one
  two

""")
print(custom.sections(), dict(custom['app']))
print(custom.get('app', 'base'), custom.default_section)
attempt('custom no option', lambda: custom.get('app', 'zz'))
attempt('blank ends value', lambda: configparser.ConfigParser(empty_lines_in_values=False).read_string("[a]\nk = 1\n\n  more\n"))
attempt('raise type', lambda: configparser.ConfigParser().read_string("[a]\nk\n"))
