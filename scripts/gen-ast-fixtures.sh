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
