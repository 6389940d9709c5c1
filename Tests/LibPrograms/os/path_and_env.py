# os: the playground's safe subset (environ, getenv, constants, fspath,
# urandom's length) and os.path's pure string functions.
import os
import os.path

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)
print(os.environ.get('SURELY_NOT_SET'), os.getenv('SURELY_NOT_SET', 'dflt'), 'X_UNSET' in os.environ, type(os.getpid()).__name__)
print(len(os.urandom(8)), type(os.urandom(2)).__name__, os.cpu_count() >= 1, os.fspath('p'), os.path is os.path)
p = os.path
for args in (('a', 'b'), ('a/', 'b'), ('/a', '/b', 'c'), ('a', ''), ('', 'x'), ('a', 'b/', 'c')):
    print('join', args, p.join(*args))
for s in ('/usr/lib/x.tar.gz', 'x', '/', '//a//b/', 'a/b/', '.hidden', 'dir.d/file', '../x/./y', ''):
    print(repr(s), p.split(s), p.splitext(s), p.basename(s), p.dirname(s), p.normpath(s), p.isabs(s))
print(p.commonprefix(['/usr/lib', '/usr/local']), p.commonpath(['/usr/lib', '/usr/local']), p.relpath('/a/b/c', '/a/d'), p.abspath('/x/../y'))
print(p.splitdrive('/a/b'), p.normcase('A/B'), p.expanduser('nohome'), p.expandvars('$SURELY_NOT_SET/x'))
for bad in (lambda: p.commonpath([]), lambda: p.commonpath(['/a', 'b']), lambda: p.join('a', 1), lambda: os.fspath(3)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
