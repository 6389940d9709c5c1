#!/usr/bin/env bash
# Records what real CPython prints for each bundled example: runs
# examples/NAME.py under the shared conformance oracle (asyncio with a virtual
# clock) and writes its stdout to examples/NAME.out. The tests run every
# example through the VM and compare stdout with these files.
#   scripts/examples-oracle.sh   (needs python3 3.11 and ../shared/conformance/oracle.py)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
oracle="${ORACLE:-$root/../shared/conformance/oracle.py}"
[ -f "$oracle" ] || { echo "examples-oracle: no oracle at $oracle (set ORACLE=...)" >&2; exit 2; }
cd "$root/examples"
for program in *.py; do
    status=0
    python3 "$oracle" "$program" > "${program%.py}.out" 2>/dev/null || status=$?
    # 0 completed, 1 uncaught exception, 3 deadlock: all are legitimate outcomes of a demo.
    case $status in 0|1|3) echo "examples-oracle: ${program%.py}.out (exit $status)" ;;
        *) echo "examples-oracle: $program failed under CPython (exit $status)" >&2; exit 1 ;; esac
done
