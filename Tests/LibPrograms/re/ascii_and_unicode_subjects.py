# The matcher reads an all-ASCII subject from its bytes and any other from
# its code points: the same patterns over the same text, with and without a
# non-ASCII character after it, must find the same things.
import re

base = 'The quick brown fox, the QUICK dog; fox-trot 42 foxes at 10:30 and ab  ab\nline two\nfox'
patterns = [r'\bfox\w*', r'(?i)quick', r'(\w+) \1', r'(?i)(ab)\s+\1', r'(?<=the )\w+', r'(?<!\w)\d+',
            r'^\w+', r'(?m)^\w+', r'\w+$', r'(?m)\w+$', r'[a-f]+', r'(?:o|x){2,}', r'.(?=x)', r'\s+',
            r'(\d+):(\d+)', r'(?P<w>t\w*)', r'\Bo\B', r'z*', r'(a|ab)(c|bcd)?', r'[^\W\d]+?']
for suffix in ['', ' \u00e9\u20ac']:
    text = base + suffix
    for p in patterns:
        found = re.findall(p, text)
        m = re.search(p, text)
        print(p, found[:8], len(found), m and m.span(), re.fullmatch(p, text) is not None)
    print(re.sub(r'(\w)(\w*)', lambda m: m.group(2) + m.group(1), text)[:60])
    print(re.split(r'[,;]\s*', text))
    print([m.span() for m in re.finditer(r'fox', text, re.I)])
print(re.findall('\u00e9+', 'abc \u00e9\u00e9 d'), re.findall('e', '\u00e9e'), re.match('.', '\U0001F600').group())
