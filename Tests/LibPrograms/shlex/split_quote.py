import shlex

cases = [
    'ls -l "my file.txt" \'single q\' plain',
    'echo "a \\"quoted\\" word" back\\ slash',
    "echo 'it'\"'\"'s' end",
    'a#b c # comment here',
    '  spaced   out\targs\n',
    'x="y z" --opt=1 "" \'\'',
    'echo "esc \\$HOME \\\\ \\n"',
    'caf\u00e9 na\u00efve',
    '',
]
for c in cases:
    print(repr(c), shlex.split(c))
print(shlex.split('a # b c', comments=True))
print(shlex.split('a "b c" d', posix=False))
print(shlex.split("it's 'x y'", posix=False) if False else shlex.split("'x y' z", posix=False))
for bad in ['echo "unterminated', "it's", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)

for s in ['', 'simple', 'has space', "it's", 'a$b', 'safe@%+=:,./-_', 'tab\there', '\u00e9']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['echo', 'hello world', "it's", '']))
print(shlex.split(shlex.join(['a b', 'c"d', "e'f"])))

lex = shlex.shlex('foo = bar + "baz qux" # comment\nnext;line')
print(list(lex))
lex = shlex.shlex('a=b c', posix=True)
lex.whitespace_split = True
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('one two')
tok = lex.get_token()
lex.push_token(tok)
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.lineno)
lex = shlex.shlex("x 'y'\nz", posix=True)
print(list(lex), lex.lineno, lex.error_leader())
