from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath

p = PurePosixPath('/usr/lib/python3.11/site-packages/pkg.tar.gz')
print(p, repr(p), p.parts)
print(p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root, repr(p.drive))
print(p.parent, p.parent.parent, list(p.parents), len(p.parents), p.parents[0], p.parents[-1])
print(p.parents[1:3], repr(p.parents))
print(p.with_name('other.zip'), p.with_suffix('.bz2'), p.with_suffix(''), p.with_stem('x'))
print(p.relative_to('/usr'), p.relative_to('/usr', 'lib'), p.is_relative_to('/opt'))
print(p.is_absolute(), PurePosixPath('a/b').is_absolute(), p.is_reserved())
print(p.match('*.gz'), p.match('site-packages/*'), p.match('/usr/*'), p.match('lib/*/*/*'))
print(p.as_posix(), p.as_uri(), bytes(p), str(p))
for args in [(), ('',), ('.',), ('a', 'b'), ('a/', '/b'), ('//x/y',), ('///x',), ('a//b/./c/',),
             ('../x',), ('/',), ('a', PurePosixPath('b/c')), ('..',)]:
    q = PurePosixPath(*args)
    print(args, repr(q), q.parts, repr(q.name), q.parent, repr(q.suffix))
print(PurePath('x') == PurePosixPath('x'), type(PurePath('x')).__name__)
print(PurePosixPath('a') / 'b' / PurePosixPath('c'), 'pre' / PurePosixPath('x'), PurePosixPath('a').joinpath('b', '/c', 'd'))
print(sorted([PurePosixPath('b'), PurePosixPath('a/z'), PurePosixPath('a')]))
print(PurePosixPath('A') == PurePosixPath('a'), hash(PurePosixPath('x/y')) == hash(PurePosixPath('x//y')))
print({PurePosixPath('a/b'): 1}[PurePosixPath('a/./b')])
print(PurePosixPath('.hidden').suffix, PurePosixPath('a.').suffixes, PurePosixPath('..a.b').suffixes, PurePosixPath('x.tar.gz').stem)

w = PureWindowsPath('C:/Users/Bob\\Docs/report.final.DOCX')
print(w, repr(w), w.parts, w.drive, w.root, w.anchor, w.name, w.suffix, w.stem)
print(w.parent, list(w.parents), w.as_posix(), w.as_uri(), w.is_absolute())
print(PureWindowsPath('c:/users') == PureWindowsPath('C:\\USERS'), w.match('*.docx'), w.relative_to('c:/users'))
for s in ['c:', 'c:foo', '\\\\server\\share\\dir\\f.txt', '//server/share', '/abs', 'rel\\x', 'CON', 'nul.txt', 'd:/a/../b']:
    q = PureWindowsPath(s)
    print(repr(s), repr(q), q.parts, repr(q.drive), repr(q.root), q.is_absolute(), q.is_reserved())
print(PureWindowsPath('c:/a', 'd:b'), PureWindowsPath('c:/a', '/b'), PureWindowsPath('c:/a', 'c:b'), PureWindowsPath('c:a', 'C:b'))
print(PureWindowsPath('//srv/share/x').as_uri())

for bad in [lambda: p.with_name(''), lambda: p.with_name('a/b'), lambda: PurePosixPath('/').with_name('x'),
            lambda: p.with_suffix('gz'), lambda: p.with_suffix('.'), lambda: p.with_suffix('./x'),
            lambda: PurePosixPath('').with_suffix('.x'), lambda: p.relative_to('/opt'),
            lambda: PurePosixPath('a').relative_to('/a'), lambda: p.relative_to(),
            lambda: PurePosixPath('a').as_uri(), lambda: p.match(''), lambda: PurePosixPath(5),
            lambda: PurePosixPath(b'x'), lambda: p / 3, lambda: p < PureWindowsPath('x'), lambda: p.parents[9],
            lambda: PureWindowsPath('c:x').with_name('d:y')]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
