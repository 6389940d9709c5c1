# tempfile: names work; creating anything fails on a read-only file system
# (checked by kind only, as CPython's message names the host's path);
# SpooledTemporaryFile stays in memory below its max_size.
import tempfile

print(tempfile.gettempdir(), tempfile.gettempdirb(), tempfile.gettempprefix(), tempfile.gettempprefixb())
print(tempfile.TMP_MAX, tempfile.template)
name = tempfile.mktemp(suffix='.txt', prefix='x', dir='/d')
print(name.startswith('/d/x'), name.endswith('.txt'), len(name))
try:
    tempfile.mkstemp(prefix=b'a', suffix='b')
except TypeError as e:
    print('TypeError', e)
with tempfile.SpooledTemporaryFile(max_size=100) as f:
    f.write(b'hello ')
    f.write(b'world')
    f.seek(0)
    print(f.read(), f.tell(), f._rolled, f.mode, f.readable())
with tempfile.SpooledTemporaryFile(mode='w+') as f:
    f.write('text\nlines\n')
    f.seek(0)
    print(f.readlines(), f.closed)
print(f.closed)
print(sorted(tempfile.__all__))
