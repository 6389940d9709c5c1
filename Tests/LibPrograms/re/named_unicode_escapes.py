# \N{NAME} escapes in str patterns (in and out of classes) name a character
# through unicodedata.lookup, with sre_parse's errors; bytes patterns refuse them.
import re
print(re.findall(r'\N{LATIN SMALL LETTER E WITH ACUTE}', 'café é'), re.match(r'[\N{DIGIT ONE}-\N{DIGIT THREE}]+', '123'), re.match(r'\N{EM DASH}+', '——x'))
print(re.sub(r'\N{BULLET}\s*', '- ', '• a • b'), re.fullmatch(r'[^\N{SPACE}]+', 'ab'), re.match(r'(?i)\N{LATIN CAPITAL LETTER A}', 'a'))
for bad in [r'\N{NOT A NAME}', r'\N', r'\Nx', r'\N{', r'\N{}', r'\N{EM DASH', r'a[\N{NOPE}]', r'[\N]', r'(\N{bullet})']:
    try:
        print(repr(bad), re.compile(bad))
    except re.error as e:
        print(repr(bad), 'error:', e.msg, e.pos)
try:
    re.compile(rb'\N{EM DASH}')
except re.error as e:
    print('bytes:', e)
