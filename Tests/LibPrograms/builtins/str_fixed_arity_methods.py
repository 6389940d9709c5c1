s = "héllo wörld"
print(s.startswith("hé"), s.startswith("h"), s.startswith("é"), s.startswith(""), s.endswith("rld"), s.endswith("ö"), s.endswith(""), s.endswith("wörld"))
print("abc".startswith(("x", "a")), "abc".endswith(("c", 1)), "abc".startswith("b", 1), "abc".endswith("b", 0, 2), "".startswith(""), "a".endswith("ab"))
for bad in [lambda: "a".startswith(1), lambda: "a".endswith(["a"]), lambda: "a".startswith(("a",), "x"), lambda: str.startswith(1, "a"), lambda: "a".upper(1), lambda: str.lower(5)]:
    try: print(bad())
    except TypeError as e: print("TypeError", e)
class S(str):
    def upper(self): return "custom"
t = S("Mixed Case ß")
print(t.upper(), str.upper(t), t.lower(), t.title(), t.swapcase(), t.casefold(), t.capitalize(), type(str.lower(t)).__name__)
print("ascii Text".upper(), "ascii Text".lower(), "hello world".title(), "hELLO".swapcase(), "hello".capitalize(), "ǅungla".lower(), "straße".upper())
up = "abc".upper; print(up(), list(map(str.upper, ["a", "b"])))
