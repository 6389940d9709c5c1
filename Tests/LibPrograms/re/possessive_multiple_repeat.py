# A quantifier after a possessive one (a++?, a*+*, a{2}+{3}) is a
# 'multiple repeat' error as after any other repeat; an atomic group may
# still be repeated.
import re

for pat in ['a++?', 'a++*', 'a*++', 'a?+{2}', 'a{1,2}+?', '(?:ab)++*', 'x[ab]++?y', 'a+++', '(?>a+)*', '(?>a+)+b', 'a++b', 'a*+', 'a?+a']:
    try:
        rx = re.compile(pat)
        print(repr(pat), 'ok', rx.findall('aaab ab b'), rx.sub('<\\g<0>>', 'aab'))
    except re.error as e:
        print(repr(pat), type(e).__name__, e, e.pos)
