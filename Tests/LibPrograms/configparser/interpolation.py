import configparser


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, '->', type(e).__name__, str(e), e.args)
    else:
        print(label, '=', repr(result))


basic = configparser.ConfigParser()
basic.read_string("""
[DEFAULT]
home = /home/%(user)s
user = nobody

[paths]
user = alice
dir = %(home)s/projects
pct = 100%%
chain = %(dir)s/x
missing = %(nothere)s/x
bad = %(dir
bad2 = 50% off
loop = %(loop)s
""")
attempt('dir', lambda: basic.get('paths', 'dir'))
attempt('raw dir', lambda: basic.get('paths', 'dir', raw=True))
attempt('pct', lambda: basic.get('paths', 'pct'))
attempt('chain', lambda: basic.get('paths', 'chain'))
attempt('vars', lambda: basic.get('paths', 'chain', vars={'user': 'bob'}))
attempt('missing', lambda: basic.get('paths', 'missing'))
attempt('bad', lambda: basic.get('paths', 'bad'))
attempt('bad2', lambda: basic.get('paths', 'bad2'))
attempt('loop', lambda: basic.get('paths', 'loop'))
attempt('items raw', lambda: basic.items('paths', raw=True)[:3])
attempt('proxy', lambda: basic['paths']['dir'])
attempt('default', lambda: basic['DEFAULT']['home'])

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local
price = $$5

[frameworks]
Python: 3.2
path: ${common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${frameworks:path}/Python/Versions/${frameworks:Python}
bad = ${a:b:c}
missing = ${nowhere:x}
missing2 = ${nokey}
dollar = $x
unclosed = ${abc
""")
for key in ('my_pictures', 'python_dir', 'bad', 'missing', 'missing2', 'dollar', 'unclosed'):
    attempt(key, lambda: ext.get('Arthur', key))
attempt('price', lambda: ext.get('common', 'price'))
attempt('ext set', lambda: ext.set('common', 'x', 'cost $5'))
ext.set('common', 'y', 'cost $$5 ${home_dir}')
attempt('ext get y', lambda: ext.get('common', 'y'))

raw = configparser.RawConfigParser()
raw.read_string("[s]\nv = %(x)s and $y\n")
attempt('raw', lambda: raw.get('s', 'v'))
none = configparser.ConfigParser(interpolation=None)
none.read_string("[s]\nv = 100%\n")
attempt('none', lambda: none.get('s', 'v'))

class Upper(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()

up = configparser.ConfigParser(interpolation=Upper())
up.read_string("[s]\nv = hello\n")
attempt('custom', lambda: up.get('s', 'v'))

conv = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
conv.read_string("[s]\nitems = a, b ,c\n")
attempt('getlist', lambda: conv.getlist('s', 'items'))
attempt('proxy getlist', lambda: conv['s'].getlist('items'))
attempt('proxy getlist fallback', lambda: conv['s'].getlist('nope', ['z']))
print(sorted(conv.converters))
conv.converters['upper'] = str.upper
attempt('getupper', lambda: conv['s'].getupper('items'))
del conv.converters['upper']
print(hasattr(conv, 'getupper'), hasattr(conv['s'], 'getupper'))
try:
    conv.converters[''] = str
except ValueError as e:
    print(e)
conv.optionxform = str
conv.read_string("[t]\nCaseKey = 1\n")
print(conv.options('t'))
