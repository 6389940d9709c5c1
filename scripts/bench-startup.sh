#!/usr/bin/env bash
# Start-up benchmark: the tiny programs in scripts/bench-startup/ (the old
# bench-vm programs, 20-100 ms each, and two empty programs) are dominated
# by interpreter start-up, so this measures start-up and short runs rather
# than the VM. Same table as scripts/bench-vm.sh (bench-lib.sh): best of
# ROUNDS (default 3) wall seconds, ratio CPython / ours, outputs compared.
# asyncio_*.py run under ../shared/conformance/oracle.py on the CPython side.
#   scripts/bench-startup.sh [path/to/interleave]   (default .build/release/interleave)
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
binary="${1:-$root/.build/release/interleave}"
rounds="${ROUNDS:-3}"
oracle="$root/../shared/conformance/oracle.py"
if [ ! -x "$binary" ]; then
    echo "binary not found: $binary (swift build -c release --product interleave, or pass a path)" >&2
    exit 2
fi
# shellcheck source=bench-lib.sh
. "$here/bench-lib.sh"
read -r -a ours_cmd <<< "$binary run --steps 1000000000 --tasks 100000000 --wall 600"

echo "bench-startup: $(python3 --version 2>&1) vs $binary, best of $rounds; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
bench_header
cpython_cmd=(python3)
bench_startup "$here/bench-startup/empty.py"
for prog in "$here"/bench-startup/*.py; do
    case "$(basename "$prog")" in
        empty.py) continue ;;
        asyncio_*) cpython_cmd=(python3 "$oracle") ;;
        *) cpython_cmd=(python3) ;;
    esac
    bench_program "$prog"
done
bench_summary
