#!/usr/bin/env bash
# Runs the real-world corpus Tests/RealPrograms/<source>/*.py (async programs
# written by others, each naming its source in a header comment) and
# compares each one's stdout with PROG.out and its exit status with PROG.rc
# (0 when absent). The expected files come from CPython through
# ../shared/conformance/oracle.py (virtual clocks), never from our output.
#
#   scripts/real-programs.sh [--generate] BINARY [NAME_FILTER]
#
# Each program runs from its own directory as `BINARY run NAME.py`, so a
# file name that appears in the output (a task's repr) is the bare name, as
# it is for CPython. Programs listed in Tests/real-programs-known-failures.txt
# may fail; the run fails when any other does, or when the known failures
# reach 5% of the corpus. --generate rewrites the .out/.rc files from the
# oracle instead (refusing output that differs between two hash seeds).
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
programs="$root/Tests/RealPrograms"
known="$root/Tests/real-programs-known-failures.txt"
oracle="$(cd "$root/../shared/conformance" 2>/dev/null && pwd)/oracle.py"

generate=0
if [ "${1:-}" = "--generate" ]; then
    generate=1
    shift
fi
binary="${1:-}"
if [ "$generate" -eq 0 ]; then
    if [ -z "$binary" ] || [ ! -x "$binary" ]; then
        echo "usage: $0 [--generate] BINARY [NAME_FILTER]" >&2
        exit 2
    fi
    binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
fi
[ $# -ge 1 ] && shift
filter="${1:-}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

is_known() { grep -qxF "$1" "$known" 2>/dev/null; }

total=0
passed=0
known_failed=0
unexpected=0
while IFS= read -r prog; do
    name="${prog#"$programs"/}"
    name="${name%.py}"
    case "$name" in *"$filter"*) ;; *) continue ;; esac
    total=$((total + 1))
    dir="$(dirname "$prog")"
    base="$(basename "$prog")"
    if [ "$generate" -eq 1 ]; then
        (cd "$dir" && PYTHONHASHSEED=0 timeout 20 python3 "$oracle" "$base" > "$tmp/a" 2> /dev/null)
        rc=$?
        (cd "$dir" && PYTHONHASHSEED=1 timeout 20 python3 "$oracle" "$base" > "$tmp/b" 2> /dev/null)
        if ! cmp -s "$tmp/a" "$tmp/b"; then
            echo "NONDETERMINISTIC $name (not written)"
            continue
        fi
        cp "$tmp/a" "${prog%.py}.out"
        if [ "$rc" -ne 0 ]; then echo "$rc" > "${prog%.py}.rc"; else rm -f "${prog%.py}.rc"; fi
        passed=$((passed + 1))
        continue
    fi
    expected_rc=0
    [ -f "${prog%.py}.rc" ] && expected_rc="$(tr -d '[:space:]' < "${prog%.py}.rc")"
    (cd "$dir" && timeout 10 "$binary" run "$base" > "$tmp/stdout" 2> "$tmp/stderr")
    rc=$?
    reasons=()
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        reasons+=("timeout")
    else
        if [ ! -f "${prog%.py}.out" ]; then
            reasons+=("missing .out")
        elif ! cmp -s "${prog%.py}.out" "$tmp/stdout"; then
            reasons+=("stdout differs")
        fi
        [ "$rc" != "$expected_rc" ] && reasons+=("exit $rc, expected $expected_rc")
    fi
    if [ ${#reasons[@]} -eq 0 ]; then
        passed=$((passed + 1))
        is_known "$name" && echo "PASS $name (listed as a known failure: remove it from the list)"
        continue
    fi
    joined="$(printf '%s; ' "${reasons[@]}")"
    if is_known "$name"; then
        known_failed=$((known_failed + 1))
        echo "KNOWN $name (${joined%; })"
        continue
    fi
    unexpected=$((unexpected + 1))
    echo "FAIL $name (${joined%; })"
    if [ "${reasons[0]}" = "stdout differs" ]; then
        diff "${prog%.py}.out" "$tmp/stdout" | head -n 5 | sed 's/^/    /'
    fi
done < <(find "$programs" -name '*.py' 2>/dev/null | LC_ALL=C sort)

if [ "$generate" -eq 1 ]; then
    echo "generated $passed/$total"
    [ "$passed" -eq "$total" ]
    exit
fi
echo "passed $passed/$total ($known_failed known failures)"
[ "$unexpected" -eq 0 ] && [ $((known_failed * 20)) -lt "$total" ]
