import getopt

CASES = [
    (['-a', '-b', 'val', 'file1', 'file2'], 'ab:', []),
    (['-abval', 'x'], 'ab:', []),
    (['-ab', 'val'], 'ab:', []),
    (['--alpha', '--beta=3', '--gam', '5', 'rest', '-a'], 'a', ['alpha', 'beta=', 'gamma=']),
    (['--', '-a'], 'a', []),
    (['-', '-a'], 'a', []),
    (['x', '-a'], 'a', []),
    (['--al'], '', ['alpha', 'alps']),
    (['--alpha=1'], '', ['alpha']),
    (['--beta'], '', ['beta=']),
    (['--beta='], '', ['beta=']),
    (['--zeta'], '', ['alpha']),
    (['-z'], 'a', []),
    (['-b'], 'b:', []),
    (['-:'], 'a:', []),
    (['--alpha'], '', 'alpha'),
    (['--alp'], '', ['alpha', 'alpha=']),
    ([], 'a', []),
]
for args, short, long in CASES:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn.__name__, args, fn(args, short, long))
        except getopt.GetoptError as e:
            print(fn.__name__, args, 'error:', e, repr(e.opt), e.msg == str(e), e.args)

print(getopt.gnu_getopt(['a', '-x', 'b', '--', '-y'], 'xy'))
print(getopt.gnu_getopt(['a', '-x', 'b'], '+x'))
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
