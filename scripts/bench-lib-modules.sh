#!/usr/bin/env bash
# Standard-library benchmark (json, datetime, Counter/heapq/re): each
# scripts/bench-lib-modules/*.py runs 0.3-1 s under CPython 3.11 (its C
# _json and _datetime) and prints a small deterministic result; measured
# and reported exactly as scripts/bench-vm.sh measures its programs.
#   scripts/bench-lib-modules.sh [path/to/interleave]      (default .build/release/interleave)
#   ROUNDS=5 PROGRAMS='json_dumps json_loads' scripts/bench-lib-modules.sh /tmp/interleave
BENCH_SET=bench-lib-modules exec "$(dirname "$0")/bench-vm.sh" "$@"
