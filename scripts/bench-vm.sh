#!/usr/bin/env bash
# CPU-bound VM benchmark (issue 4 item 7): runs each scripts/bench-vm/*.py
# under `interleave run` (release build) and under python3, and prints the
# seconds of each and the speed ratio (CPython time / Interleave time; >= 1
# means Interleave is faster). Not a test: numbers vary with the machine.
#   scripts/bench-vm.sh [path/to/interleave]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="${1:-$here/../.build/release/interleave}"
if [ ! -x "$bin" ]; then
    echo "building release binary..." >&2
    (cd "$here/.." && swift build -c release --product interleave >&2)
fi
now() { date +%s.%N; }
printf '%-18s %10s %10s %8s\n' program interleave python3 ratio
for prog in "$here"/bench-vm/*.py; do
    name="$(basename "$prog" .py)"
    t0=$(now); "$bin" run --steps 1000000000 --wall 600 "$prog" > /tmp/bench-vm-ours.txt; t1=$(now)
    python3 "$prog" > /tmp/bench-vm-cpython.txt; t2=$(now)
    ours=$(echo "$t1 - $t0" | bc -l); theirs=$(echo "$t2 - $t1" | bc -l)
    ratio=$(echo "$theirs / $ours" | bc -l)
    same=ok; cmp -s /tmp/bench-vm-ours.txt /tmp/bench-vm-cpython.txt || same="OUTPUT DIFFERS"
    printf '%-18s %10.3f %10.3f %8.2f  %s\n' "$name" "$ours" "$theirs" "$ratio" "$same"
done
