# textwrap argument checks and TextWrapper attributes.
import textwrap
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: textwrap.wrap('abc', width=-1)); t(lambda: textwrap.fill(None)); t(lambda: textwrap.shorten('abc def', 0)); t(lambda: textwrap.TextWrapper(max_lines=1, placeholder='x' * 20, width=10).wrap('aaa bbb ccc'))
t(lambda: textwrap.TextWrapper(width=5, initial_indent='123456').wrap('a b')); t(lambda: textwrap.indent('a\nb', '> ', lambda l: l.startswith('b'))); t(lambda: textwrap.indent(5, '>')); t(lambda: textwrap.dedent(5))
w = textwrap.TextWrapper(width=20)
t(lambda: (w.width, w.expand_tabs, w.tabsize, w.replace_whitespace, w.drop_whitespace, w.initial_indent, w.break_long_words, w.break_on_hyphens, w.max_lines, w.placeholder, w.fix_sentence_endings))
w.width = 8; t(lambda: w.fill('one two three four')); t(lambda: textwrap.wrap('\t\ta b', 6)); t(lambda: textwrap.wrap('a\u00a0b c', 3)); t(lambda: textwrap.wrap('x\u2009y z', 3))
t(lambda: textwrap.dedent(b'  x'))
