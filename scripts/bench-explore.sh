#!/usr/bin/env bash
# Benchmarks schedule exploration on the racy counter (three tasks read a
# shared counter, await asyncio.sleep(0), write it back + 1): schedules per
# second, and the runs needed to exhaust the search with partial-order
# reduction (the default) and without it (plain depth-first search).
#   scripts/bench-explore.sh [path/to/interleave] [tasks, default 3]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/.build/release/interleave}"
tasks="${2:-3}"
[ -x "$bin" ] || { echo "bench-explore: no binary at $bin (swift build -c release)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

workers="$(python3 -c "print(', '.join(['worker()'] * $tasks))")"
cat > "$work/counter.py" <<PY
import asyncio

counter = 0

async def worker():
    global counter
    value = counter
    await asyncio.sleep(0)
    counter = value + 1

async def main():
    await asyncio.gather($workers)
    print(counter)

asyncio.run(main())
PY

# Prints "runs exhaustive outcomes seconds" for one exploration.
explore() {
    local start end json
    start="$(date +%s.%N)"
    json="$("$bin" explore "$work/counter.py" --json "$@")"
    end="$(date +%s.%N)"
    python3 - "$json" "$start" "$end" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
seconds = float(sys.argv[3]) - float(sys.argv[2])
values = sorted(o["stdout"].strip() for o in r["outcomes"])
print(r["runs"], str(r["exhaustive"]).lower(), "{" + ",".join(values) + "}", f"{seconds:.3f}")
PY
}

echo "racy counter, $tasks tasks ($bin)"
read -r runs exhaustive outcomes seconds <<<"$(explore)"
echo "  reduced (dpor):   $runs runs to exhaustion (exhaustive: $exhaustive), outcomes $outcomes, ${seconds}s"
read -r plain_runs plain_exhaustive plain_outcomes plain_seconds <<<"$(explore --no-reduction --runs 1000000)"
echo "  plain (dfs):      $plain_runs runs to exhaustion (exhaustive: $plain_exhaustive), outcomes $plain_outcomes, ${plain_seconds}s"
read -r many _ _ many_seconds <<<"$(explore --no-reduction --runs 2000)"
python3 -c "print(f'  throughput:       {$many / $many_seconds:.0f} schedules/s ($many runs in {$many_seconds:.2f}s, process start included)')"
