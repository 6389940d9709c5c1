# str case transforms on ASCII text (a byte-by-byte fast path) and on
# text with other characters (the Unicode path) agree with CPython.
samples = ["", "a", "A", "hello world", "HELLO wORLD", "they're bill's friends",
           "3rd place", "x1y2z3", "__init__", "ÉCOLE école", "mIxEd-CaSe_words and 42abc",
           "  leading space", "tab\tseparated\nlines", "ǅungla", "straße"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.swapcase(), s.capitalize(), s.title(), sep=" | ")
print("abc".upper() is not "abc", "ABC".upper() == "ABC")
try:
    "x".upper(1)
except TypeError as e:
    print(e)
try:
    str.title()
except TypeError as e:
    print(e)
