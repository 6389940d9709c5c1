#!/usr/bin/env bash
# Benchmarks schedule exploration on the racy counter (three tasks read a
# shared counter, await asyncio.sleep(0), write it back + 1): schedules per
# second, and the runs needed to exhaust the search with partial-order
# reduction (the default) and without it (plain depth-first search); then
# the same two searches of three dining philosophers (finds the deadlock).
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

cat > "$work/philosophers.py" <<'PY'
import asyncio

async def philosopher(i, forks):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    async with left:
        await asyncio.sleep(0)
        async with right:
            print(f"philosopher {i} eats")

async def main():
    forks = [asyncio.Lock() for _ in range(3)]
    await asyncio.gather(*(philosopher(i, forks) for i in range(3)))

asyncio.run(main())
PY

# Prints "runs exhaustive outcomes seconds user-cpu-seconds" for one
# exploration of the program named by $program (counter by default). The
# user CPU time tells more than the wall time on a machine that is busy.
explore() {
    local start end json user
    start="$(date +%s.%N)"
    if [ -x /usr/bin/time ]; then
        json="$(/usr/bin/time -f "%U" -o "$work/user" "$bin" explore "$work/${program:-counter}.py" --json "$@")"
        user="$(tail -n 1 "$work/user")"
    else
        json="$("$bin" explore "$work/${program:-counter}.py" --json "$@")"
        user="?"
    fi
    end="$(date +%s.%N)"
    python3 - "$json" "$start" "$end" "$user" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
seconds = float(sys.argv[3]) - float(sys.argv[2])
values = sorted(o["stdout"].strip().replace("\n", "/").replace(" ", "_") if o["status"] == "completed"
                else o["status"] for o in r["outcomes"])
print(r["runs"], str(r["exhaustive"]).lower(), "{" + ",".join(values) + "}", f"{seconds:.3f}", sys.argv[4])
PY
}

echo "racy counter, $tasks tasks ($bin)"
read -r runs exhaustive outcomes seconds user <<<"$(explore)"
echo "  reduced (dpor):   $runs runs to exhaustion (exhaustive: $exhaustive), outcomes $outcomes, ${seconds}s (user ${user}s)"
read -r plain_runs plain_exhaustive plain_outcomes plain_seconds user <<<"$(explore --no-reduction --runs 1000000)"
echo "  plain (dfs):      $plain_runs runs to exhaustion (exhaustive: $plain_exhaustive), outcomes $plain_outcomes, ${plain_seconds}s (user ${user}s)"
read -r many _ _ many_seconds user <<<"$(explore --no-reduction --runs 2000)"
python3 -c "print(f'  throughput:       {$many / $many_seconds:.0f} schedules/s ($many runs in {$many_seconds:.2f}s, user ${user}s, process start included)')"

echo "dining philosophers, 3"
program=philosophers
deadlock() { [[ $1 == *deadlock* ]] && echo yes || echo no; }
read -r runs exhaustive outcomes seconds user <<<"$(explore)"
echo "  reduced (dpor):   $runs runs to exhaustion (exhaustive: $exhaustive), deadlock found: $(deadlock "$outcomes"), ${seconds}s (user ${user}s)"
read -r runs exhaustive outcomes seconds user <<<"$(explore --no-reduction --runs 1000000)"
echo "  plain (dfs):      $runs runs to exhaustion (exhaustive: $exhaustive), deadlock found: $(deadlock "$outcomes"), ${seconds}s (user ${user}s)"
