#!/usr/bin/env bash
# Switch-heavy asyncio programs (scripts/bench-asyncio/*.py) timed under
# CPython with a virtual clock (../shared/conformance/oracle.py) and under
# Interleave, with trace recording off and on; prints seconds and ratios.
#   scripts/bench-asyncio.sh [BINARY|harness]
# BINARY defaults to .build/release/interleave. `harness` times our Lib/
# asyncio on CPython instead (scripts/lib-harness.py), which needs no build.
# Each figure is the best of ROUNDS runs (default 3) on this noisy machine.
# The binary runs with RUN_FLAGS (default: limits raised out of the way).
# trace-cost is end to end (recording plus writing the JSON file); rec-cost
# is recording alone: the traced run's own stats.wallMicros against the
# untraced run.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
binary="${1:-$root/.build/release/interleave}"
rounds="${ROUNDS:-3}"
read -r -a run_flags <<< "${RUN_FLAGS:---steps 100000000000 --wall 600 --events 1000000000 --tasks 1000000}"
oracle="$root/../shared/conformance/oracle.py"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

best_of() {  # best_of CMD... -> prints the best wall time in seconds
    local best="" t0 t1 took i
    for ((i = 0; i < rounds; i++)); do
        t0=$(date +%s.%N)
        "$@" > "$tmp/out" 2> "$tmp/err" || { echo "fail"; return; }
        t1=$(date +%s.%N)
        took=$(echo "$t1 - $t0" | bc -l)
        if [ -z "$best" ] || [ "$(echo "$took < $best" | bc -l)" = 1 ]; then best=$took; fi
    done
    printf '%.3f' "$best"
}

ratio() {  # ratio A B -> A/B with two decimals, or "-"
    case "$1$2" in *fail*|*-*) echo "-"; return ;; esac
    printf '%.2f' "$(echo "$1 / $2" | bc -l)"
}

printf '%-24s %9s %9s %9s %9s %10s %9s\n' program cpython ours ours+tr speedup trace-cost rec-cost
for prog in "$here"/bench-asyncio/*.py; do
    name="$(basename "$prog" .py)"
    cpython=$(best_of python3 "$oracle" "$prog")
    if [ "$binary" = harness ]; then
        ours=$(best_of python3 "$root/scripts/lib-harness.py" "$prog")
        traced="-"
        recorded=fail
    elif [ -x "$binary" ]; then
        ours=$(best_of "$binary" run "$prog" "${run_flags[@]}")
        traced=$(best_of "$binary" run "$prog" "${run_flags[@]}" --trace "$tmp/trace.json")
        recorded=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["stats"]["wallMicros"] / 1e6)' \
            "$tmp/trace.json" 2>/dev/null || echo fail)
    else
        echo "binary not found: $binary (build it, or pass 'harness')" >&2
        exit 2
    fi
    speedup=$(ratio "$cpython" "$ours")
    cost="-"
    rec="-"
    if [ "$traced" != "-" ] && [ "$traced" != fail ] && [ "$ours" != fail ]; then
        cost="$(printf '%.0f%%' "$(echo "($traced / $ours - 1) * 100" | bc -l)")"
        if [ "${recorded:-fail}" != fail ]; then
            rec="$(printf '%.0f%%' "$(echo "($recorded / $ours - 1) * 100" | bc -l)")"
        fi
    fi
    printf '%-24s %9s %9s %9s %9s %10s %9s\n' "$name" "$cpython" "$ours" "$traced" "$speedup" "$cost" "$rec"
done
