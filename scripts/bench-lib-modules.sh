#!/usr/bin/env bash
# Standard-library benchmark (json, datetime, Counter/heapq/re): each scripts/bench-lib-modules/*.py runs
# 0.3-1 s under CPython 3.11 (its C _json and _datetime) and prints a small deterministic result. Each
# program runs under `interleave run` (limits raised out of the way) and
# under python3, best of ROUNDS (default 3) wall times each; the outputs
# must be identical. Prints seconds, the ratio CPython time / ours (above 1
# means Interleave is faster), the same ratio net of start-up, each
# interpreter's empty-program start-up (first row) and the median ratios.
# Not a test: numbers vary with the machine and its load.
#   scripts/bench-lib-modules.sh [path/to/interleave]      (default .build/release/interleave)
#   ROUNDS=5 PROGRAMS='json_dumps json_loads' scripts/bench-lib-modules.sh /tmp/interleave
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
binary="${1:-$root/.build/release/interleave}"
rounds="${ROUNDS:-3}"
if [ ! -x "$binary" ]; then
    echo "binary not found: $binary (swift build -c release --product interleave, or pass a path)" >&2
    exit 2
fi
# shellcheck source=bench-lib.sh
. "$here/bench-lib.sh"
read -r -a ours_cmd <<< "$binary run --steps 1000000000 --tasks 100000000 --wall 600"
cpython_cmd=(python3)

echo "bench-lib-modules: $(python3 --version 2>&1) vs $binary, best of $rounds; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
bench_header
bench_startup "$here/bench-startup/empty.py"
for prog in "$here"/bench-lib-modules/*.py; do
    name="$(basename "$prog" .py)"
    if [ -n "${PROGRAMS:-}" ] && [[ " $PROGRAMS " != *" $name "* ]]; then continue; fi
    bench_program "$prog"
done
bench_summary
