import configparser
import io

TEXT = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
ratio: 0.75
# a comment
; another
description = first line
    second line

    third after blank
empty =
"""

cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections())
print(cp.defaults())
print(cp.options('forge.example'))
print(cp.has_section('forge.example'), cp.has_section('DEFAULT'), cp.has_section('nope'))
print(cp.has_option('forge.example', 'user'), cp.has_option('forge.example', 'compression'), cp.has_option('nope', 'x'))
print(cp.has_option(None, 'compression'), cp.has_option('', 'missing'))
print(cp.get('forge.example', 'user'))
print(cp.getint('topsecret.server.example', 'port') + 1)
print(cp.getfloat('topsecret.server.example', 'ratio'))
print(cp.getboolean('topsecret.server.example', 'forwardx11'), cp.getboolean('forge.example', 'ForwardX11'))
print(repr(cp.get('topsecret.server.example', 'description')))
print(repr(cp.get('topsecret.server.example', 'empty')))
print(cp.get('forge.example', 'missing', fallback='fb'))
print(cp.getint('forge.example', 'missing', fallback=7))
print(cp.getint('nosection', 'missing', fallback=None))
print(cp.items('forge.example'))
print(list(cp))
print(len(cp), 'forge.example' in cp, 'DEFAULT' in cp, 'x' in cp)
sec = cp['topsecret.server.example']
print(sec, sec.name, sec.parser is cp)
print(sec['port'], sec.get('port'), sec.get('nope'), sec.get('nope', 'dflt'))
print(sec.getint('port'), sec.getboolean('compression'), sec.getfloat('ratio'))
print(sorted(sec))
print(len(sec), 'port' in sec, 'PORT' in sec)
sec['newkey'] = 'new value'
print(cp.get('topsecret.server.example', 'newkey'))
del sec['newkey']
print('newkey' in sec)
print(dict(cp['DEFAULT']))
print(list(cp['forge.example'].items()))
print([name for name, proxy in cp.items()])

cp['added'] = {'a': 1, 'B': 'two'}
print(cp['added']['a'], cp['added']['b'])
cp.add_section('more')
cp.set('more', 'key', 'value')
print(cp.remove_option('more', 'key'), cp.remove_option('more', 'key'))
print(cp.remove_section('more'), cp.remove_section('more'))

out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:3])

raw = configparser.RawConfigParser()
raw.read_dict({'s': {'k': 'v', 'n': 3}, 'DEFAULT': {'d': 'x'}})
raw.set('s', 'obj', [1, 2])
print(raw.get('s', 'obj'), raw.get('s', 'n'), raw.get('s', 'd'))
print(raw.popitem()[0], raw.sections())

f = io.StringIO("[a]\nx = 1\n")
f.name = 'named.ini'
p = configparser.ConfigParser()
p.read_file(f)
p.read_file(["[b]\n", "y = 2\n"], source='lines')
print(p.sections(), p.read(['/nonexistent.ini']))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)

vars_cp = configparser.ConfigParser(defaults={'home': '/h', 'n': 5})
vars_cp.add_section('s')
print(vars_cp.get('s', 'home', vars={'home': '/v'}), vars_cp.get('s', 'n'))
print(vars_cp.items('s', vars={'extra': 'e'}))
