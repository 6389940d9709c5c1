#!/usr/bin/env bash
# Regenerates Tests/RuntimeTests/Programs/*.out (and *.rc when the exit
# status is not 0) from real CPython 3.11. Hostile programs (hostile_*.py)
# keep their hand-written expectations: CPython has no sandbox limits.
set -euo pipefail
cd "$(dirname "$0")/../Tests/RuntimeTests/Programs"
for prog in *.py; do
    case "$prog" in hostile_*) continue ;; esac
    base="${prog%.py}"
    set +e
    PYTHONHASHSEED=0 python3 "$prog" > "$base.out" 2> /dev/null
    rc=$?
    set -e
    if [ "$rc" -ne 0 ]; then echo "$rc" > "$base.rc"; else rm -f "$base.rc"; fi
done
echo "regenerated $(ls *.out | wc -l) outputs"
