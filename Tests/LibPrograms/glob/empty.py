# glob over the playground's empty file system: nothing matches; escape and
# has_magic are pure string functions.
import glob

print(glob.glob('zz*.nothing'), glob.glob('/definitely/not/here/*'), glob.glob('/no/such/*/**', recursive=True))
print(glob.glob('plain-name-that-does-not-exist'), list(glob.iglob('x*')))
print(glob.glob(b'/nowhere/*.txt'), glob.glob('*', root_dir='/nowhere'))
print(glob.escape('a*b?[c].txt'), glob.escape(b'x[1]'), glob.escape('plain'))
print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x]'))
try:
    glob.glob(123)
except TypeError as e:
    print('TypeError', e)
print(sorted(glob.__all__))
