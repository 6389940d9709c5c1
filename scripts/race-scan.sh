#!/usr/bin/env bash
# Lists the race warnings of a fifo traced run of every conformance case
# (README "Race detector"): race-scan.sh BINARY [CASES_DIR]
set -u
binary="${1:?usage: race-scan.sh BINARY [CASES_DIR]}"
cases="${2:-$(cd "$(dirname "$0")/../.." && pwd)/shared/conformance/cases}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for f in "$cases"/*.py; do
    timeout 20 "$binary" run "$f" --trace "$tmp/trace.json" >/dev/null 2>&1
    [ -s "$tmp/trace.json" ] || continue
    python3 - "$f" "$tmp/trace.json" <<'PY'
import json, os, sys
trace = json.load(open(sys.argv[2]))
for w in trace.get("warnings", []):
    if w.get("kind") == "race":
        print(os.path.basename(sys.argv[1]), w.get("variable"), w.get("lines"), w.get("message"))
PY
    rm -f "$tmp/trace.json"
done
