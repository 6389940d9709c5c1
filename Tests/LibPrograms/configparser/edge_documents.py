import configparser, io
docs = ['[a]\nk=v', '[a]\n  k = v  \n', '[ a ]\nk=v', '[a]]\nk=v', '[]\nk=v', '[a]\nk:v:w', '[a]\nk = v = w', '[a]\n=v',
        '[a]\nk\n', '[a]\nk=\n  cont\n', '[a]\nk = a\n\tb\n', '[a]\n  k=v', '[a]\nk=v\n[a]\nj=w', '[a]\nk=1\n[b]\nk=2',
        '[DEFAULT]\nx=1\n[a]\n[DEFAULT]\ny=2', '#c\n[a]\n;c\nk=v ;not comment', '[a]\nk=v # inline', '\n\n[a]\n\n\nk=v\n\n',
        '[a]\nk=%(k)s', '[a]\nK=1\nk=2', '[a]\nk=v\n  \n  more', 'junk', '[a]\nk=v\n[b\nj=w']
for d in docs:
    for strict in (True, False):
        for nv in (False, True):
            cp = configparser.ConfigParser(strict=strict, allow_no_value=nv, inline_comment_prefixes=(';',) if nv else None)
            try:
                cp.read_string(d)
                print(repr(d), strict, nv, {s: dict(cp.items(s, raw=True)) for s in cp.sections()}, dict(cp.defaults()))
            except configparser.Error as e:
                print(repr(d), strict, nv, type(e).__name__, e)
