# Complex literals in match patterns (case 1+2j, case -1-2j, mapping keys)
# and their SyntaxErrors, as CPython 3.11's grammar.
def f(x):
    match x:
        case 1+2j: return 'a'
        case -1j: return 'b'
        case -1-2j: return 'c'
        case 2.5-1j: return 'd'
        case 0j: return 'zero'
        case {1+1j: v}: return ('map', v)
        case [1j, *rest]: return ('seq', rest)
        case 3 | 4+0j: return 'or'
        case _: return 'other'
for v in [1+2j, -1j, -1-2j, 2.5-1j, 0, {1+1j: 3}, [1j, 2], 4, 5]:
    print(f(v))
for src in ['match x:\n case 1j+2j: pass', 'match x:\n case 1+2: pass', 'match x:\n case -1j-2j: pass',
            'match x:\n case 1+-2j: pass', 'match x:\n case {1+2: 3}: pass', 'match x:\n case "a"+1j: pass']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
