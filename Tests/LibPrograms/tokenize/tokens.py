import io
import token
import tokenize

SOURCE = '''\
# -*- coding: utf-8 -*-
"""Module docstring
spanning lines."""
import asyncio

async def main(x: int = 0x1F, *args, **kw) -> None:
    values = [1, 2.5, 3e-2, 1_000, 0o17, 0b1010, 2j, .5,  # trailing comment
              f"{x!r:>10}", rb'raw\\bytes', 'single', "double"]
    if x >= 10 and x != 11:
        x **= 2; x //= 3
    elif x:
        pass
    else:
        result = await asyncio.sleep(0, result=...)  \\
            or None
    s = 'continued \\
string'
    return x @ y if x else ~x << 2

class C:
\tdef m(self): return self
'''

for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    print(tokenize.tok_name[tok.type], tokenize.tok_name[tok.exact_type], repr(tok.string), tok.start, tok.end)

toks = list(tokenize.tokenize(io.BytesIO(SOURCE.encode()).readline))
print(toks[0])
print(toks[5])
print(repr(toks[-1]), len(toks))
print(tokenize.untokenize(toks) == SOURCE.encode())
print(tokenize.untokenize((t.type, t.string) for t in tokenize.generate_tokens(io.StringIO('x = (1,\n  2)\nif x:\n    y = "a" "b"\n').readline)))

for text in ['x = 1', 'def f():\n    return 1', 'x = (1,\n', 's = """never closed\n', '  # only comment', '']:
    try:
        print([(token.tok_name[t.type], t.string) for t in tokenize.generate_tokens(io.StringIO(text).readline)])
    except tokenize.TokenError as e:
        print('TokenError', e.args)
try:
    list(tokenize.generate_tokens(io.StringIO('if x:\n        a\n    b\n').readline))
except IndentationError as e:
    print('IndentationError', e.args)
print(list(tokenize.generate_tokens(io.StringIO('$ ?\n').readline))[:3])
print(tokenize.detect_encoding(io.BytesIO(b'# coding: latin-1\nx = 1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'').readline))
try:
    tokenize.detect_encoding(io.BytesIO(b'# coding: nonsense\n').readline)
except SyntaxError as e:
    print('SyntaxError', e)


def names_in(code):
    return sorted({t.string for t in tokenize.generate_tokens(io.StringIO(code).readline)
                   if t.type == tokenize.NAME})


print(names_in('total = price * qty + tax(price)\nprint(total)\n'))
