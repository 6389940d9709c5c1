#!/bin/sh
# Regenerates the parser's expected ASTs with real CPython 3.11:
#   Tests/ScriptTests/Fixtures/cases/NAME.dump     from ../shared/conformance/cases/NAME.py
#   Tests/ScriptTests/Fixtures/snippets/NAME.dump  from Tests/ScriptTests/Fixtures/snippets/NAME.py
#   Tests/ScriptTests/Fixtures/snippets/NAME.posdump  the same with include_attributes=True
#   Tests/ScriptTests/Fixtures/errors/expected.json  CPython's error for each errors/sources.json entry
# Each .dump is `ast.dump(ast.parse(source))` on one line. Run from the repo root.
set -eu
PY=${PYTHON:-python3}
"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11), "need CPython 3.11, got " + sys.version' 
FIX=Tests/ScriptTests/Fixtures
CASES=${CASES:-../shared/conformance/cases}
dump() {
    "$PY" -c 'import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1], encoding="utf-8").read())))' "$1" > "$2"
}
if [ -d "$CASES" ]; then
    mkdir -p "$FIX/cases"
    for f in "$CASES"/*.py; do
        dump "$f" "$FIX/cases/$(basename "$f" .py).dump"
    done
fi
for f in "$FIX"/snippets/*.py; do
    dump "$f" "${f%.py}.dump"
    "$PY" -W ignore -c 'import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1], encoding="utf-8").read()), include_attributes=True))' "$f" > "${f%.py}.posdump"
done

# Expected errors: for each source in errors/sources.json, CPython's exception
# class, message, line and offset from compile() (so symbol-table errors count too).
"$PY" - "$FIX/errors/sources.json" "$FIX/errors/expected.json" <<'PYEOF'
import ast, json, sys, warnings
warnings.simplefilter("ignore")
sources = json.load(open(sys.argv[1], encoding="utf-8"))
out = []
for src in sources:
    entry = {"source": src}
    try:
        ast.parse(src)
        entry["type"] = None
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        entry["type"] = type(e).__name__
        entry["message"] = getattr(e, "msg", str(e))
        entry["line"] = getattr(e, "lineno", None)
        entry["offset"] = getattr(e, "offset", None)
        entry["end_line"] = getattr(e, "end_lineno", None)
        entry["end_offset"] = getattr(e, "end_offset", None)
    out.append(entry)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")
PYEOF
echo "error fixtures regenerated"
# Mutation corpus: small windows of the snippets and conformance cases with one
# random edit each (seeded, so reproducible), and CPython's verdict on each.
"$PY" - "$FIX/snippets" "$CASES" "$FIX/errors/mutations.json" <<'PYEOF'
import ast, glob, json, os, random, sys, warnings
warnings.simplefilter("ignore")
random.seed(20261125)
files = sorted(glob.glob(os.path.join(sys.argv[1], "*.py"))) + sorted(glob.glob(os.path.join(sys.argv[2], "*.py")))
sources = [open(f, encoding="utf-8").read() for f in files]
junk = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "if", "else", "lambda", "*", "**", "await", "yield",
        "async", "def", '"', "'", 'f"{', "\\", "\n", "    ", "\t", ".", "@", "not", "in", ":=", "1", "x",
        "0x", "1e", "#", "match", "case", "|", "->", "...", '"""']
out = []
while len(out) < 1000:
    lines = random.choice(sources).split("\n")
    k = random.randrange(len(lines))
    line = lines[k]
    pos = random.randrange(len(line) + 1)
    op = random.random()
    if op < 0.4:
        line = line[:pos] + random.choice(junk) + line[pos:]
    elif op < 0.8:
        line = line[:pos] + line[pos + random.randint(1, 3):]
    else:
        line = line[:pos] + random.choice(junk) + line[pos + random.randint(0, 3):]
    lines[k] = line
    lo, hi = max(0, k - 8), min(len(lines), k + 8)
    while lo > 0 and lines[lo].startswith((" ", "\t")):
        lo -= 1
    src = "\n".join(lines[lo:hi]) + "\n"
    entry = {"source": src}
    try:
        ast.parse(src)
        entry["type"] = None
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        entry.update(type=type(e).__name__, message=getattr(e, "msg", str(e)),
                     line=getattr(e, "lineno", None), offset=getattr(e, "offset", None))
    out.append(entry)
with open(sys.argv[3], "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=0)
    f.write("\n")
PYEOF
echo "mutation fixtures regenerated"
