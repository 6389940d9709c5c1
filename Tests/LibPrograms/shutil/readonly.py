# shutil on a file system where nothing exists: reads of a source raise
# FileNotFoundError as CPython does for a missing path; pure helpers work.
import io
import shutil


def show(f, *args, **kwargs):
    try:
        print('ok', f(*args, **kwargs))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
    except Exception as e:
        print(type(e).__name__, e)


show(shutil.copy, 'missing.txt', 'dest.txt')
show(shutil.copy2, 'missing.txt', 'dest.txt')
show(shutil.copyfile, 'missing.txt', 'dest.txt')
show(shutil.copytree, 'srcdir', 'dstdir')
show(shutil.move, 'missing.txt', 'dest.txt')
show(shutil.rmtree, 'nodir')
show(shutil.rmtree, 'nodir', ignore_errors=True)
show(shutil.rmtree, 'nodir', onerror=lambda f, p, e: print('onerror', p, e[0].__name__))
show(shutil.disk_usage, '/nope')
show(shutil.chown, 'file')
show(shutil.unpack_archive, 'a.zip')
show(shutil.unpack_archive, 'a.rar')
show(shutil.unpack_archive, 'a.tar', format='rar')
show(shutil.make_archive, 'a', 'rar')
show(shutil.which, 'no-such-command-here')
print(shutil.get_archive_formats())
print(shutil.get_unpack_formats())
print(shutil.get_terminal_size(), shutil.get_terminal_size((100, 50)))
src = io.StringIO('abc' * 10)
dst = io.StringIO()
shutil.copyfileobj(src, dst, 7)
print(dst.getvalue())
ignore = shutil.ignore_patterns('*.pyc', 'tmp*')
print(sorted(ignore('/p', ['a.py', 'a.pyc', 'tmpx', 'b'])))
print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))
