# Conditional groups (?(id)yes|no) and (?(name)yes|no), as in the re docs'
# email example, with CPython's errors for bad references.
import re

email = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    m = email.match(s)
    print(repr(s), '->', m.groups() if m else None)

quoted = re.compile(r'''(?P<q>["'])?(?P<word>\w+)(?(q)(?P=q))''')
for s in ['"hello"', "'hi'", 'bare', '"oops']:
    m = quoted.fullmatch(s)
    print(repr(s), '->', m.group('word') if m else None)

# Without a "no" branch, and inside a repetition.
print(re.findall(r'(a)?b(?(1)c)', 'abc b abd bc'))
print([m.group() for m in re.finditer(r'(\()?\d+(?(1)\))', '(12) 34 (56 78)')])
print(re.sub(r'(x)?y(?(1)z|w)', '#', 'xyz yw xyw yz'))
print(re.match(r'(?:(a)|b)(?(1)A|B)+', 'bBB').group())

for bad in [r'(?(2)a|b)(x)', r'(?(x)a|b)', r'(a)(?(1)a|b|c)', r'(a)(?(0)a)',
            r'(a)(?(1a)x)', r'(a)(?(1)a', r'(?()a)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), 'error:', e)
