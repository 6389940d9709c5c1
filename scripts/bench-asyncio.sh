#!/usr/bin/env bash
# Switch-heavy asyncio benchmark (issue 10 item 3): each
# scripts/bench-asyncio/*.py runs 0.5-2 s under CPython 3.11 and prints a
# small deterministic result. CPython runs it through
# ../shared/conformance/oracle.py, which gives asyncio the same virtual clock
# as Interleave (sleeps and timers jump instead of waiting), so both print
# the same output; ours runs under `interleave run` with limits raised.
# Best of ROUNDS (default 3) wall times each; prints seconds, the ratio
# CPython time / ours (above 1 means Interleave is faster), the ratio net of
# start-up, each side's start-up for an empty asyncio.run (first row) and
# the median ratios. Not a test: numbers vary with the machine and its load.
#   scripts/bench-asyncio.sh [BINARY|harness]
# BINARY defaults to .build/release/interleave. `harness` times our Lib/
# asyncio on CPython instead (scripts/lib-harness.py), which needs no build.
# TRACE=1 adds a pass with --trace and prints what recording a trace costs.
#   ROUNDS=5 PROGRAMS='queue_pingpong timers' scripts/bench-asyncio.sh /tmp/interleave
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
binary="${1:-$root/.build/release/interleave}"
rounds="${ROUNDS:-3}"
oracle="$root/../shared/conformance/oracle.py"
if [ ! -f "$oracle" ]; then
    echo "oracle not found: $oracle (CPython needs it for the virtual clock)" >&2
    exit 2
fi
# shellcheck source=bench-lib.sh
. "$here/bench-lib.sh"
run_flags=(--steps 1000000000 --tasks 100000000 --wall 600 --events 1000000000)
if [ "$binary" = harness ]; then
    ours_cmd=(python3 "$root/scripts/lib-harness.py")
elif [ -x "$binary" ]; then
    ours_cmd=("$binary" run "${run_flags[@]}")
else
    echo "binary not found: $binary (build it, or pass 'harness')" >&2
    exit 2
fi
cpython_cmd=(python3 "$oracle")

echo "bench-asyncio: $(python3 --version 2>&1) + oracle.py vs $binary, best of $rounds; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
bench_header
bench_startup "$here/bench-startup/asyncio_empty.py"
progs=()
for prog in "$here"/bench-asyncio/*.py; do
    name="$(basename "$prog" .py)"
    if [ -n "${PROGRAMS:-}" ] && [[ " $PROGRAMS " != *" $name "* ]]; then continue; fi
    progs+=("$prog")
    bench_program "$prog"
done
bench_summary

if [ "${TRACE:-0}" = 1 ] && [ "$binary" != harness ]; then
    # trace-cost is end to end (recording plus writing the JSON file);
    # rec-cost is recording alone: the traced run's own stats.wallMicros
    # against the untraced run.
    echo
    printf '%-24s %8s %8s %10s %9s\n' program ours ours+tr trace-cost rec-cost
    for prog in "${progs[@]}"; do
        ours=$(best_of ours "${ours_cmd[@]}" "$prog")
        traced=$(best_of traced "${ours_cmd[@]}" --trace "$bench_tmp/trace.json" "$prog")
        recorded=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["stats"]["wallMicros"] / 1e6)' \
            "$bench_tmp/trace.json" 2>/dev/null || echo fail)
        cost="-"; rec="-"
        if [ "$ours" != fail ] && [ "$traced" != fail ]; then
            cost=$(awk -v t="$traced" -v o="$ours" 'BEGIN { printf "%.0f%%", (t / o - 1) * 100 }')
            [ "$recorded" = fail ] || rec=$(awk -v t="$recorded" -v o="$ours" 'BEGIN { printf "%.0f%%", (t / o - 1) * 100 }')
        fi
        printf '%-24s %8s %8s %10s %9s\n' "$(basename "$prog" .py)" "$ours" "$traced" "$cost" "$rec"
    done
fi
