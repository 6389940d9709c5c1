# TextWrapper's options one by one, shorten, dedent and indent edge cases.
import textwrap

text = ("The quick brown fox jumps over the lazy dog.  It was a "
        "well-known, hyphenated-sentence test; see http://example.com/a-b-c "
        "for\tmore.  Done!")
for kwargs in [dict(width=20), dict(width=20, break_long_words=False),
               dict(width=12, break_on_hyphens=False),
               dict(width=25, fix_sentence_endings=True),
               dict(width=25, expand_tabs=False, replace_whitespace=False),
               dict(width=25, tabsize=4), dict(width=25, drop_whitespace=False),
               dict(width=30, initial_indent='* ', subsequent_indent='  '),
               dict(width=30, max_lines=2), dict(width=30, max_lines=2, placeholder=' [more]'),
               dict(width=8, break_long_words=True), dict(width=1)]:
    print(kwargs)
    try:
        for line in textwrap.wrap(text, **kwargs):
            print(repr(line))
    except ValueError as e:
        print('ValueError', e)
print(textwrap.fill('a b c d e f g', width=5))
print(textwrap.shorten('Hello  world!   How are you?', width=12))
print(textwrap.shorten('Hello world', width=11), textwrap.shorten('Hello', width=5, placeholder='..'))
for bad in [dict(width=0), dict(width=5, max_lines=1, placeholder=' [......]')]:
    try:
        textwrap.wrap('hello world again', **bad)
    except ValueError as e:
        print('ValueError', e)
try:
    textwrap.shorten('hello world', 3, placeholder=' [...]')
except ValueError as e:
    print('ValueError', e)
print(repr(textwrap.dedent('  a\n    b\n\n  c\n')), repr(textwrap.dedent('\ta\n  b\n')))
print(repr(textwrap.dedent('   \n  x\n   y')), repr(textwrap.dedent('')))
print(repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda line: True)))
print(repr(textwrap.indent('x\r\ny\n', '  ')))
w = textwrap.TextWrapper(width=15, initial_indent='>>')
print(w.wrap('one two three four five six'), w.fill('x'), w.width)
print(repr(textwrap.fill('')), textwrap.wrap('   '), textwrap.wrap('a\u00a0b c', width=3))
print(textwrap.wrap('Mr. Smith went.  He said "Hi." Then left.', fix_sentence_endings=True, width=100))
