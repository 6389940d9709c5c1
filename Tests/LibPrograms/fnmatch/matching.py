import fnmatch

names = ['main.py', 'test_main.py', 'README.md', 'data.csv', 'Setup.PY',
         'a.b.c', '.hidden', 'x1', 'x22', '[odd].txt', 'dir/file.py']
for pat in ['*.py', 'test_*', '*.[cm]*', '?1', 'x?', 'x??', '[!a-m]*',
            '[[]odd[]].txt', '*', '.*', '*/*', '*.PY', 'x[0-9]*', '[]]*',
            '*a*b*', '[!]', '[z-a]*', '[a-]*']:
    print(f'{pat!r:18} {fnmatch.filter(names, pat)}')
    print(' ', fnmatch.translate(pat))
print(fnmatch.fnmatch('Setup.PY', '*.py'), fnmatch.fnmatchcase('Setup.PY', '*.py'))
print(fnmatch.fnmatch('line\nbreak', 'line*'), fnmatch.fnmatchcase('a', 'a*'))
print(fnmatch.fnmatchcase(b'data.bin', b'*.bin'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
print(fnmatch.fnmatch('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab', '*a*a*a*a*a*a*a*a*a*a*c'))
for bad in [(1, '*'), ('x', 1), ('x', b'*')]:
    try:
        fnmatch.fnmatch(*bad)
    except TypeError as e:
        print('TypeError', e)
