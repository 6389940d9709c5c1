# Escape parsing details (hex escapes name only the digits they took, every
# octal digit in a class is an escape), comment groups before quantifiers,
# and \b / \B on an empty subject (never match in CPython 3.11).
import re

for pattern in [r'\x4', r'\x4g', r'\u12g', r'\U0011ffff', r'\U0001F600', r'[\1]', r'[\18]', r'[\8]', r'[\777]',
                r'.(?#comment)*', r'.*(?#c)*', r'(?#c)*', r'a(?#x){2}', r'x(?#c)(?#d)+', r'(?#c){2}',
                r'(?#lead)(?i)abc', r'(?#a) (?i)x']:
    try:
        c = re.compile(pattern)
        print('ok   ', repr(pattern), [m.group() for m in c.finditer('..aa\x01x\x01\x018 ABC abc 😀')])
    except re.error as e:
        print('error', repr(pattern), '->', e)

for subject in ['', ' ', 'a', 'ab c']:
    print(repr(subject), re.findall(r'\B', subject), re.findall(r'\b', subject), re.sub(r'\B', '|', subject),
          bool(re.search(r'\b', subject)), bool(re.fullmatch(r'\B', subject)))
print(re.compile(r'\B').search('ab', 1, 1), re.compile(r'\b').search('ab', 2), re.compile(r'\B').search('ab', 0, 0))
