import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.find_longest_match(0, 28, 0, 37))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(f'{tag:7} a[{i1}:{i2}] --> b[{j1}:{j2}] {s.a[i1:i2]!r:>12} --> {s.b[j1:j2]!r}')
s = difflib.SequenceMatcher(None, [1, 2, 3, 4, 5], [1, 3, 4, 6, 5])
print(s.get_opcodes(), s.ratio())
print(difflib.SequenceMatcher(None, '', '').ratio(), difflib.SequenceMatcher(None, 'abc', '').get_opcodes())
big_a = 'x' * 150 + 'abc' * 30
big_b = 'x' * 140 + 'abd' * 30
s = difflib.SequenceMatcher(None, big_a, big_b)
print(len(s.get_matching_blocks()), round(s.ratio(), 6), sorted(s.bpopular))
s2 = difflib.SequenceMatcher(None, big_a, big_b, autojunk=False)
print(len(s2.get_matching_blocks()), round(s2.ratio(), 6))
s.set_seq1('xyz'); print(s.a, round(s.ratio(), 6))

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine!\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(a, b, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.unified_diff(a, b, 'a', 'b', '2024-01-01', '2024-01-02', n=1)), end='')
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')))
print(list(difflib.unified_diff(a, a)), list(difflib.unified_diff([], ['new\n'])))
print(''.join(difflib.context_diff(a, b, fromfile='before.py', tofile='after.py')), end='')

text1 = ['one\n', 'two\n', 'three\n']
text2 = ['ore\n', 'tree\n', 'emu\n']
diff = list(difflib.ndiff(text1, text2))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
print(''.join(difflib.ndiff(['\tindented line here\n', 'same\n'], ['\tindentd line  here!\n', 'same\n'])), end='')
print(list(difflib.Differ().compare(['abcdefgh\n', 'x\n'], ['abcdxfgh\n', 'y\n', 'x\n'])))

words = ['ape', 'apple', 'peach', 'puppy', 'applet', 'appel']
print(difflib.get_close_matches('appel', words))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'steel', 'wheeze'], n=2, cutoff=0.5))
print(difflib.get_close_matches('xyz', words), difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('x'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\n'), difflib.Match(1, 2, 3))
for bad in [lambda: difflib.get_close_matches('a', ['a'], n=0), lambda: difflib.get_close_matches('a', ['a'], cutoff=2),
            lambda: list(difflib.restore([], 3)), lambda: list(difflib.unified_diff([b'x'], ['y'])),
            lambda: list(difflib.unified_diff(['x'], ['y'], fromfile=1))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
