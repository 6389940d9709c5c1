#!/usr/bin/env bash
# Runs the shared CPython conformance corpus against BINARY and fails if any
# case listed in Tests/conformance-passing.txt (the ones we have made pass)
# regresses. Prints the overall pass count either way.
set -uo pipefail
binary="${1:?usage: conformance-check.sh BINARY}"
here="$(cd "$(dirname "$0")/.." && pwd)"
runner="$here/../shared/conformance/run.sh"
list="$here/Tests/conformance-passing.txt"
if [ ! -f "$runner" ]; then
    echo "conformance: $runner not found; skipping" >&2
    exit 0
fi
out="$(bash "$runner" "$binary")"
echo "$out" | grep -E '^(FAIL|passed)' | sed 's/^/conformance: /'
status=0
while IFS= read -r name; do
    case "$name" in ''|'#'*) continue ;; esac
    if echo "$out" | grep -q "^FAIL $name "; then
        echo "conformance regression: $name was passing" >&2
        status=1
    fi
done < "$list"
exit $status
