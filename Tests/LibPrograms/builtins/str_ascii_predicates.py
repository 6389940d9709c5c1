# The str predicates on all-ASCII strings (answered from the bytes) agree
# with the Unicode path: each code point below 128 alone, the empty string,
# mixes, and a long string (100,000 digits) answered at once.
PREDICATES = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace",
              "isprintable", "isascii", "islower", "isupper", "istitle", "isidentifier"]

for name in PREDICATES:
    true_for = [i for i in range(128) if getattr(chr(i), name)()]
    print(name, "empty:", getattr("", name)(), "true for:", true_for)

samples = ["abc", "ABC", "aBc", "abc1", "ABC 1", "123", "12a", " \t\n", "a b", "A1!",
           "\x1c\x1f", "hello world", "Hello World", "_x1", "1x", "", "\x7f", "~"]
for s in samples:
    print(repr(s), [getattr(s, name)() for name in PREDICATES])

digits = "7" * 100_000
print(digits.isdigit(), digits.isalnum(), (digits + "x").isdigit(), (digits + "x").isalnum())
print(("a" * 100_000).islower(), ("a" * 100_000 + "B").islower(), (" " * 100_000).isspace())
print("é1".isalnum(), "١٢".isdigit(), "Ⅻ".isnumeric(), "ß".islower())
