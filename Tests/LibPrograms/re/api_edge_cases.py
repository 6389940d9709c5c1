# re API edge cases: compiled patterns with flags, negative counts (SRE
# replaces/splits nothing), a callable repl returning None, LOCALE with str,
# group lookups by bad index or name, and re.error's module.
import re
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
p = re.compile('a')
t(lambda: re.compile(p, re.I)); t(lambda: re.match(p, 'A', re.I)); t(lambda: re.compile(p) is p); t(lambda: re.sub(p, 'b', 'aa', flags=re.I))
t(lambda: re.compile('a', re.A | re.U)); t(lambda: re.compile(b'a', re.U)); t(lambda: re.compile('a', re.L))
t(lambda: p.match('a', pos=-5)); t(lambda: p.search('bab', endpos=1)); t(lambda: p.findall('aaa', 1, 2)); t(lambda: p.sub('x', 'aaa', count=-1)); t(lambda: p.split('bab', maxsplit=-1))
t(lambda: re.fullmatch('a|ab', 'ab').span()); t(lambda: re.compile('(a)(b)').match('ab').span(3)); t(lambda: re.compile('(?P<x>a)').match('a').start('y'))
t(lambda: re.sub('(a)', lambda m: None, 'a')); t(lambda: re.sub('a', '\\', 'a')); t(lambda: re.sub('a', r'\g<-1>', 'a')); t(lambda: re.sub('a', r'\g<1a>', 'a'))
t(lambda: re.split('x*', 'axb')); t(lambda: re.findall('(a)(b)?', 'ab a')); t(lambda: re.sub('(b)?', r'[\1]', 'ab')); t(lambda: re.match('(a)|b', 'b').group(1)); t(lambda: re.match('(a)|b', 'b').expand(r'<\1>'))
t(lambda: list(re.finditer('', 'ab'))[1].span()); t(lambda: re.escape('\x00 \t\n')); t(lambda: re.escape('é!@#')); t(lambda: re.search('(?i)ǅ', 'ǆ')); t(lambda: re.search('[^a]', '\n'))
t(lambda: re.compile('a').__class__.__module__); t(lambda: type(re.match('a', 'a')).__module__); t(lambda: re.error.__module__); t(lambda: re.error('msg').msg)
