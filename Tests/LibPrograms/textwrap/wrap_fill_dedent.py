# textwrap: wrap/fill with indents, long words, hyphens, sentence endings,
# max_lines/placeholder, shorten, dedent, indent, and the errors.
import textwrap

text = ('The quick brown fox jumps over the lazy dog. It was a well-known, long-winded '
        'story--told again and again.  Supercalifragilisticexpialidocious words need breaking!')
for width in (10, 25, 40):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 20, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder='...'))
print(textwrap.wrap('a\tb\tc\nd', 8), textwrap.wrap('a\tb', 80, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap('  lead and trail  ', 6), textwrap.wrap('  lead and trail  ', 6, drop_whitespace=False))
print(textwrap.shorten('Hello  world!  How are you?', 15), textwrap.shorten('Hello world', 11), textwrap.shorten('x y z', 5, placeholder='..'))
print(repr(textwrap.dedent('    a\n      b\n\n    c\n')), repr(textwrap.dedent('\ta\n  \tb')), repr(textwrap.dedent('  x\n \n  y')))
print(repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\nb', '# ', lambda l: l.startswith('b'))))
w = textwrap.TextWrapper(width=12, tabsize=4)
print(w.wrap('one two three four five'), w.fill('x\ty'), w.width, w.tabsize)
for bad in (lambda: textwrap.wrap('abc', 0), lambda: textwrap.shorten('abc def', 4, placeholder=' [...]')):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
