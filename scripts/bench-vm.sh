#!/usr/bin/env bash
# CPU-bound VM benchmark (issue 10 item 3): each scripts/bench-vm/*.py runs
# 0.5-2 s under CPython 3.11 and prints a small deterministic result. Each
# program runs under `interleave run` (limits raised out of the way) and
# under python3, best of ROUNDS (default 3) wall times each; the outputs
# must be identical. Prints seconds, the ratio CPython time / ours (above 1
# means Interleave is faster), the same ratio net of start-up, each
# interpreter's empty-program start-up (first row) and the median ratios.
# Not a test: numbers vary with the machine and its load.
#   scripts/bench-vm.sh [path/to/interleave]      (default .build/release/interleave)
#   ROUNDS=5 PROGRAMS='fib strings' scripts/bench-vm.sh /tmp/interleave
# BENCH_SET names another directory of programs under scripts/ measured the
# same way (scripts/bench-lib-modules.sh sets it).
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
binary="${1:-$root/.build/release/interleave}"
rounds="${ROUNDS:-3}"
set_name="${BENCH_SET:-bench-vm}"
if [ ! -x "$binary" ]; then
    echo "binary not found: $binary (swift build -c release --product interleave, or pass a path)" >&2
    exit 2
fi
# shellcheck source=bench-lib.sh
. "$here/bench-lib.sh"
read -r -a ours_cmd <<< "$binary run --steps 1000000000 --tasks 100000000 --wall 600"
cpython_cmd=(python3)

echo "$set_name: $(python3 --version 2>&1) vs $binary, best of $rounds; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
bench_header
bench_startup "$here/bench-startup/empty.py"
for prog in "$here/$set_name"/*.py; do
    name="$(basename "$prog" .py)"
    if [ -n "${PROGRAMS:-}" ] && [[ " $PROGRAMS " != *" $name "* ]]; then continue; fi
    bench_program "$prog"
done
bench_summary
