# re's flags are RegexFlag values: they print by name, combine with | & ^ ~,
# and compiled patterns keep plain int flags.
import re

print(re.I, repr(re.M), str(re.S), f"{re.X}", format(re.I, "d"), "%s" % re.A)
combo = re.I | re.M
print(combo, type(combo).__name__, combo == 10, int(combo), combo.value)
print(re.M | re.A, re.S | re.I, re.X | re.I | re.U, re.I | 512)
print(2 | re.M, re.I & re.M, repr(re.NOFLAG), re.NOFLAG, re.I + 1, type(re.I + 1).__name__)
print(~re.I)
print(re.I.name, combo.name, re.I ^ re.I, re.VERBOSE is re.X)
p = re.compile(r"hello", re.I | re.M)
print(p.flags, type(p.flags).__name__, repr(p))
print(re.compile("a").flags, re.compile(b"a").flags, re.compile("a", re.A).flags)
flags = 0
for f in (re.IGNORECASE, re.DOTALL):
    flags |= f
print(flags, re.findall("a.b", "A\nB aXb", flags))
print(re.search("^b", "a\nb", flags=re.MULTILINE).group(), re.sub("x", "y", "XxX", flags=re.I))
print(sorted([re.S, re.I, re.M]), {re.I: "ignore"}[2], re.I in (2, 4))
print(isinstance(re.I, int), re.RegexFlag(8), re.RegexFlag(0))
