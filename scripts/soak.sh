#!/usr/bin/env bash
# Soak test of `interleave serve` on loopback: 32 clients posting normal,
# limit-hitting and malformed programs (varied past the cache) while /healthz
# is probed; fails on a 5xx other than 503, a crash, /healthz over 50 ms or
# RSS past its bounds, and checks SIGTERM under load. See scripts/soak.py.
#   scripts/soak.sh [BIN] [--duration 20] [--no-hostile-vm] [--tolerate-stalls] ...   (make test runs the 20 s form)
#   scripts/soak.sh [BIN] --long                               (10 minutes, on demand)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/.build/release/interleave"
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then bin="$1"; shift; fi
args=()
for a in "$@"; do
    case "$a" in
        --long) args+=(--duration 600 --max-requests 2000000) ;;
        *) args+=("$a") ;;
    esac
done
exec python3 "$root/scripts/soak.py" "$bin" "${args[@]}"
