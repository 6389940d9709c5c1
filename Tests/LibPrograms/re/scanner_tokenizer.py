# re.Scanner (undocumented but used by small tokenizers) and the
# finditer/lastgroup tokenizer recipe from the re documentation.
import re


def number(scanner, token):
    return ('NUM', int(token))


def word(scanner, token):
    return ('WORD', token.upper(), scanner.match.span())


scanner = re.Scanner([
    (r'\d+', number),
    (r'[a-z]+', word),
    (r'[+*/-]', lambda s, t: ('OP', t)),
    (r'(\()|(\))', lambda s, t: ('PAREN', t)),
    (r'\s+', None),
    (r'#', 'HASH'),
])
print(scanner.scan('sum 12 + (x*3) # done'))
print(scanner.scan('ok 1 ! rest'))
print(scanner.scan(''))
print(re.Scanner([(r'a', 'A'), (r'', 'EMPTY')]).scan('aab'))

SPEC = [('NUMBER', r'\d+(?:\.\d*)?'), ('NAME', r'[A-Za-z_]\w*'), ('OP', r'[+\-*/=()]'), ('SKIP', r'\s+'),
        ('MISMATCH', r'.')]
TOKEN = re.compile('|'.join(f'(?P<{name}>{rx})' for name, rx in SPEC))
for mo in TOKEN.finditer('rate = 2.5 * (x + 10) $'):
    if mo.lastgroup != 'SKIP':
        print(mo.lastgroup, repr(mo.group()), mo.start())
