# str.count over the whole text (non-overlapping, multi-byte code points,
# the empty string) agrees with the bounded forms.
text = "a\xe9\u20ac\U0001F600aa" * 4000
for sub in ["a", "aa", "aaa", "\xe9", "\u20ac\U0001F600", "\U0001F600aa", "", "z", "\xe9\xe9", text, text + "a"]:
    print(ascii(sub[:8]), text.count(sub), text.count(sub, 0), text.count(sub, 0, len(text)), text.count(sub, 5, -5))
print("".count(""), "".count("a"), "abc".count(""), "aaaa".count("aa"), "\U0001F600".count("\U0001F600"))
class S(str):
    pass
print(S("abab").count("ab"), "abab".count(S("b")))
try:
    "abc".count(1)
except TypeError as e:
    print(e)
