# Strings compare, hash, dedupe and search by code point, as CPython does,
# never by Unicode canonical equivalence: "\u00e9" (one code point) and
# "e\u0301" (e + combining acute) look alike but are different strings.
pre = "\u00e9"
dec = "e\u0301"
print(len(pre), len(dec), pre == dec, pre != dec, pre < dec, dec < pre)
print(chr(233) == dec, chr(233) == pre, [ord(c) for c in dec])
d = {dec: "decomposed"}
print(pre in d, dec in d, d.get(pre, "missing"))
print(len({pre, dec}), len({pre: 1, dec: 2}))
print("e" in dec, "\u0301" in dec, "e" in pre, pre in "caf" + pre, dec in "caf" + pre)
print(sorted([dec, pre, "f", "e"]) == ["e", dec, "f", pre])
print(dec.find("\u0301"), pre.find("e"), dec.startswith("e"), (dec + "x").split("\u0301"))
print(dec.replace("e", "E") == "E\u0301", pre.upper() == "\u00c9")
