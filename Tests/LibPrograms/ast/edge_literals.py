import ast
for s in ['0', '-0', '0.0', '-0.0', '1e308', '1e309', '-1e309', '0x_1', '0_0', '1__0', '1_000.000_1', '.5', '5.', '0o0', '0b',
          '1J', '1e-5j', '(1, [2, {3: (4,)}])', '{1: 2, 1: 3}', '{(1, 2): "t"}', '{[1]: 2}', '{{1}}', '{1, 1, 2}', '[1, *[2]]',
          '"\\N{BULLET}"', "b'\\xff'", "rb'\\d'", "'a' b'b'", "f''", "'''a\nb'''", '"\\x41\\u0042"', "'\\q'", 'True+1j',
          '(1+2j)', '(1)+2j', '-(1+2j)', '-1+-2j', '1-+2j', '+1+2j', '1+2j+3', '1+2+3j', 'not 1', '()', '(,)', '[,]',
          'None', 'none', 'Ellipsis', '...', 'set()', 'set( )', 'set(())', 'frozenset()', '__import__("os")', 'a if b else c',
          '1 # comment', '  1', '\t1', '\n1', '1\n', '(\n1\n)', '[\n1,\n2\n]', 'lambda: 1', '1 2', '1,', ' ']:
    try:
        v = ast.literal_eval(s)
        print(repr(s), type(v).__name__, repr(v))
    except ValueError as e:
        print(repr(s), 'ValueError', str(e).partition(': <')[0], str(e).partition(': <')[2].split(' object')[0])
    except SyntaxError as e:
        print(repr(s), 'SyntaxError', e.msg, e.lineno)
    except Exception as e:
        print(repr(s), type(e).__name__, e)
