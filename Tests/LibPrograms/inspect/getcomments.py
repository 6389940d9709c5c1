# inspect.getcomments: the comment block above a function or method, the
# module's leading comments, None otherwise.
#!/usr/bin/env python3
# Module comment
# second line

import inspect, sys

# Helper that adds.
#
# It really adds.
#
def add(a, b):
    return a + b

class K:
    # method comment
    def m(self): pass

def nocomment(): pass

    # not attached
print(repr(inspect.getcomments(add)), repr(inspect.getcomments(K.m)), repr(inspect.getcomments(nocomment)), repr(inspect.getcomments(sys.modules[__name__])), repr(inspect.getcomments(len)))
