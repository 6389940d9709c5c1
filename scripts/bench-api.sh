#!/usr/bin/env bash
# Benchmarks POST /api/run with the bundled supermarket example: wrk (a Lua
# script that posts the program as text/x-python) at 16 and 64 connections,
# with the result cache on and off, against a fresh release server each time.
# Prints requests/s, p50/p99 latency, and the server's CPU split between the
# event-loop thread and the worker threads (is the VM or the server the limit?).
#   scripts/bench-api.sh [path/to/interleave] [seconds per run, default 10]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/.build/release/interleave}"
duration="${2:-10}"
command -v wrk >/dev/null || { echo "bench-api: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
work="$(mktemp -d)"
. "$root/scripts/lib-server.sh"
trap 'stop_server "${SERVER_PID:-}"; rm -rf "$work"' EXIT

program="$(ls "$root"/examples/*-supermarket.py | head -1)"
cat > "$work/post.lua" <<LUA
local f = io.open("$program", "rb")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/x-python"
wrk.headers["Accept-Encoding"] = "gzip"
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %.0f %.2f %.2f %d %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

# CPU seconds (user+system) of the loop thread (the main thread) and of all other threads.
cpu_split() {
    local pid=$1 ticks main=0 others=0
    ticks="$(getconf CLK_TCK)"
    for stat in /proc/"$pid"/task/*/stat; do
        local tid fields t
        tid="$(basename "$(dirname "$stat")")"
        fields="$(sed 's/^.*) //' "$stat" 2>/dev/null)" || continue
        [ -n "$fields" ] || continue
        t="$(awk '{print $12 + $13}' <<<"$fields")"
        if [ "$tid" = "$pid" ]; then main=$((main + t)); else others=$((others + t)); fi
    done
    echo "$main $others $ticks"
}

printf '%-6s %5s %10s %10s %10s %8s %22s\n' cache conns "req/s" "p50 ms" "p99 ms" errors "CPU loop/workers (s)"
for cache in on off; do
    for conns in 16 64; do
        flags=(--public "$root/public")
        [ "$cache" = off ] && flags+=(--no-cache)
        start_server "$bin" "$work/server.log" "${flags[@]}"
        url="http://127.0.0.1:$SERVER_PORT/api/run"
        curl -fs -o /dev/null -H 'Content-Type: text/x-python' --data-binary @"$program" "$url"   # warm (fills the cache)
        read -r main0 others0 ticks < <(cpu_split "$SERVER_PID")
        line="$(wrk -t2 -c"$conns" -d"${duration}s" --latency -s "$work/post.lua" "$url" | grep '^RESULT')"
        read -r main1 others1 _ < <(cpu_split "$SERVER_PID")
        read -r _ rps p50 p99 bad neterr <<<"$line"
        split="$(awk -v a=$((main1 - main0)) -v b=$((others1 - others0)) -v t="$ticks" 'BEGIN { printf "%.1f / %.1f", a / t, b / t }')"
        printf '%-6s %5s %10s %10s %10s %8s %22s\n' "$cache" "$conns" "$rps" "$p50" "$p99" "$((bad + neterr))" "$split"
        stop_server "$SERVER_PID"
        SERVER_PID=""
    done
done
echo "(errors: non-2xx/3xx answers, e.g. 503 when the run queue is full, plus socket errors)"
