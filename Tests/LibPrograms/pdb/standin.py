import os
import sys
import pdb

# breakpoint() calls sys.breakpointhook; the default hook reads
# $PYTHONBREAKPOINT at each call: '0' turns breakpoint() into a no-op,
# a dotted name is the function to call.
os.environ['PYTHONBREAKPOINT'] = '0'
print('before', breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
breakpoint('hook', 'called', sep='-')
os.environ['PYTHONBREAKPOINT'] = 'json.dumps'
print(breakpoint([1, 2]))
os.environ['PYTHONBREAKPOINT'] = 'no_such_module_here.hook'
print(breakpoint())


def my_hook(*args, **kws):
    print('custom hook', args, kws)
    return 'result'


sys.breakpointhook = my_hook
print(breakpoint(1, x=2))
print(pdb.Pdb.__name__, pdb.Restart.__mro__[1].__name__, callable(pdb.set_trace), callable(pdb.post_mortem))
print('after')
