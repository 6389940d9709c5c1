# unicodedata: categories, names, numeric values, combining classes,
# normalization forms (accent stripping, compatibility folding), lookups.
import unicodedata as ud
for ch in "aZ5 é\u0301€½\u2028\u4e00\uac00٣\x00😀\u200b":
    print(repr(ch), ud.category(ch), ud.name(ch, "?"), ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None), ud.combining(ch), ud.mirrored(ch))
print(ud.mirrored("("), ud.lookup("LATIN SMALL LETTER E WITH ACUTE"), ud.lookup("euro sign"), ud.unidata_version)
s = "Crème Brûlée — ﬁ ①"
for f in ("NFC", "NFD", "NFKC", "NFKD"):
    n = ud.normalize(f, s); print(f, len(n), ascii(n), ud.is_normalized(f, s))
print("".join(c for c in ud.normalize("NFKD", "Ça été déjà") if not ud.combining(c)))
for bad in (lambda: ud.name("ab"), lambda: ud.name(3), lambda: ud.normalize("X", "a"), lambda: ud.lookup("NO SUCH THING"), lambda: ud.name("\x00"), lambda: ud.digit("a")):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
