name, val = 'pi', 3.14159
print(f'{name}={val:.2f} {val!r} {name!r:>6} {{braces}} {val=}')
print(f"{'nested ' + f'{1 + 1}'}", f'{10:#x} {255:08b} {1234567:,}')
s = 'héllo wörld ✓'
print(len(s), s[1], s[-1], s[::-1], s.upper())
print('%s-%d-%05.1f-%r' % ('a', 42, 3.14159, 'q'))
print('{0} {name} {0}'.format('x', name='n'))
print(repr('it\'s "quoted"\n'), ascii('é'))
print('a,b,,c'.split(','), ' x '.strip(), '-'.join(['1', '2']))
