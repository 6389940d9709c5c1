# Path against a file system where the files do not exist (the playground's
# is empty and read-only; the paths here do not exist on a real machine
# either, so CPython answers the same).
from pathlib import Path, PosixPath, WindowsPath

base = Path('/nonexistent-interleave-dir')
p = base / 'data' / 'input.txt'
print(repr(p), type(p).__name__, isinstance(p, PosixPath), type(Path()).__name__)
print(p.exists(), p.is_file(), p.is_dir(), p.is_symlink(), base.exists())
print(Path('a/../b').resolve().is_absolute(), Path('x').absolute().is_absolute(), p.absolute() == p)
print(Path('/x/./y/../z').resolve(), Path('//x').resolve())
print(list(base.glob('*.py')), list(base.rglob('*')), list(base.glob('**/x')))
print(Path('~/x').expanduser().name, Path('/abs').expanduser(), Path('rel').expanduser())
print(Path.cwd().is_absolute(), Path.home().is_absolute())
with Path('ctx') as q:
    print('context', q)
try:
    WindowsPath('c:/x')
except NotImplementedError as e:
    print('NotImplementedError', e)
for call in [lambda: p.read_text(), lambda: p.read_bytes(), lambda: p.open(), lambda: p.stat(),
             lambda: p.unlink(), lambda: p.rmdir(), lambda: next(p.iterdir()),
             lambda: p.resolve(strict=True), lambda: p.lstat(), lambda: p.write_text(5),
             lambda: list(base.glob('')), lambda: list(base.glob('/abs'))]:
    try:
        print(call())
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
    except (ValueError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(p.unlink(missing_ok=True))
