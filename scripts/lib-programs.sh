#!/usr/bin/env bash
# Runs the extra library programs Tests/LibPrograms/**/*.py and compares each
# one's stdout with PROG.out and its exit status with PROG.rc (0 when absent).
# The expected files come from the real CPython oracle (virtual-time asyncio).
#
#   scripts/lib-programs.sh [--generate] [BINARY] [NAME_FILTER]
#
# Without BINARY the programs run on CPython through scripts/lib-harness.py,
# so our Lib/ modules replace CPython's; with BINARY they run as
# `BINARY run PROG.py`. --generate rewrites the .out/.rc files from
# ../shared/conformance/oracle.py instead (refusing nondeterministic output).
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
programs="$root/Tests/LibPrograms"
oracle="$root/../shared/conformance/oracle.py"

generate=0
if [ "${1:-}" = "--generate" ]; then
    generate=1
    shift
fi
binary=""
# A first argument naming an executable file is the binary; anything else is
# the name filter.
if [ $# -ge 1 ] && [ -f "$1" ] && [ -x "$1" ]; then
    binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
    shift
fi
filter="${1:-}"

# Seconds a program may run before it counts as hung. The stress
# configurations raise it (LIB_PROGRAMS_TIMEOUT): collecting every few hundred
# instructions under AddressSanitizer makes a library-heavy program several
# times slower than a normal run without changing its verdict. The
# interpreter's own wall limit (`run --wall`, default 10 s) follows it.
limit="${LIB_PROGRAMS_TIMEOUT:-10}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Every program runs from its own directory under its file name, so a
# traceback in its output names "prog.py" wherever the checkout lives.
run_one() {  # run_one PROG -> stdout in $tmp/stdout, returns the exit status
    cd "$(dirname "$1")" || return 1
    set -- "$(basename "$1")"
    if [ -n "$binary" ]; then
        timeout "$((limit + 5))" "$binary" run --wall "$limit" "$1" > "$tmp/stdout" 2> "$tmp/stderr"
    else
        timeout "$limit" python3 "$here/lib-harness.py" "$1" > "$tmp/stdout" 2> "$tmp/stderr"
    fi
}

total=0
passed=0
while IFS= read -r prog; do
    name="${prog#"$programs"/}"
    name="${name%.py}"
    case "$name" in *"$filter"*) ;; *) continue ;; esac
    total=$((total + 1))
    if [ "$generate" -eq 1 ]; then
        cd "$(dirname "$prog")" || exit 1
        PYTHONHASHSEED=0 timeout 10 python3 "$oracle" "$(basename "$prog")" > "$tmp/a" 2> "$tmp/err"
        rc=$?
        if grep -q '^SyntaxError' "$tmp/err"; then
            echo "SYNTAX ERROR $name (not written)"
            continue
        fi
        PYTHONHASHSEED=1 timeout 10 python3 "$oracle" "$(basename "$prog")" > "$tmp/b" 2> /dev/null
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
    run_one "$prog"
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
    else
        joined="$(printf '%s; ' "${reasons[@]}")"
        echo "FAIL $name (${joined%; })"
        if [ "${reasons[0]}" = "stdout differs" ]; then
            diff "${prog%.py}.out" "$tmp/stdout" | head -n 5 | sed 's/^/    /'
        fi
    fi
done < <(find "$programs" -name '*.py' 2>/dev/null | LC_ALL=C sort)

if [ "$generate" -eq 1 ]; then
    echo "generated $passed/$total"
else
    echo "passed $passed/$total"
fi
[ "$passed" -eq "$total" ]
