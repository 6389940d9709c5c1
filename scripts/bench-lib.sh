# Shared by scripts/bench-vm.sh and scripts/bench-asyncio.sh (sourced, not
# run): times commands best of $ROUNDS, compares outputs, prints a table of
# CPython time / our time.
#
# A caller sets:
#   rounds           how many times each command runs (best is kept)
#   ours_cmd         array: the command that runs a program under Interleave
#                    (the program path is appended)
#   cpython_cmd      array: the same under CPython
# and calls bench_header, then bench_startup PROG and bench_program PROG for
# each program, then bench_summary.
#
# Columns: python3 and ours are the best wall time in seconds (start-up
# included); ratio = python3 / ours, above 1 means Interleave is faster; net
# is the same ratio after subtracting each interpreter's empty-program
# start-up (the start-up row), i.e. the ratio of the programs' own work.

bench_tmp="$(mktemp -d)"
trap 'rm -rf "$bench_tmp"' EXIT
bench_ratios=()
bench_nets=()
bench_failures=0
startup_ours=0
startup_cpython=0

# best_of OUT CMD... -> prints the best wall time in seconds, or "fail" if a
# run exits non-zero (its stderr is kept in OUT.err); OUT receives the
# stdout of the last run.
best_of() {
    local out="$1"; shift
    local best="" t0 t1 took i
    for ((i = 0; i < rounds; i++)); do
        t0=$(date +%s.%N)
        if ! "$@" > "$out" 2> "$out.err"; then
            echo fail
            return
        fi
        t1=$(date +%s.%N)
        took=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
        if [ -z "$best" ] || awk -v t="$took" -v b="$best" 'BEGIN { exit !(t < b) }'; then
            best=$took
        fi
    done
    echo "$best"
}

# div A B -> A/B with two decimals, or "-" if either is not a positive number
div() {
    awk -v a="$1" -v b="$2" 'BEGIN {
        if (a !~ /^[0-9.]+$/ || b !~ /^[0-9.]+$/ || a + 0 <= 0 || b + 0 <= 0) print "-";
        else printf "%.2f", a / b }'
}

# median of the arguments (two decimals), or "-" if none
median() {
    if [ "$#" -eq 0 ]; then echo "-"; return; fi
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        if (NR % 2) printf "%.2f", v[(NR + 1) / 2];
        else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

bench_header() {
    printf '%-24s %8s %8s %7s %7s  %s\n' program python3 ours ratio net check
}

# bench_row NAME CPYTHON OURS RATIO NET CHECK
bench_row() {
    printf '%-24s %8s %8s %7s %7s  %s\n' "$@"
}

# compare_outputs -> "ok", "OUTPUT DIFFERS" or a failure note
compare_outputs() {
    local cpython="$1" ours="$2"
    if [ "$cpython" = fail ]; then
        echo "CPYTHON FAILED: $(head -c 200 "$bench_tmp/cpython.err" | tail -n 1)"
    elif [ "$ours" = fail ]; then
        echo "OURS FAILED: $(head -c 200 "$bench_tmp/ours.err" | tail -n 1)"
    elif cmp -s "$bench_tmp/cpython" "$bench_tmp/ours"; then
        echo ok
    else
        echo "OUTPUT DIFFERS"
    fi
}

# bench_startup PROG: times the empty program; its times are subtracted in
# the net column of every later row.
bench_startup() {
    local prog="$1" cpython ours check
    cpython=$(best_of "$bench_tmp/cpython" "${cpython_cmd[@]}" "$prog")
    ours=$(best_of "$bench_tmp/ours" "${ours_cmd[@]}" "$prog")
    check=$(compare_outputs "$cpython" "$ours")
    [ "$cpython" = fail ] || startup_cpython=$cpython
    [ "$ours" = fail ] || startup_ours=$ours
    bench_row "(start-up) $(basename "$prog" .py)" "$cpython" "$ours" "$(div "$cpython" "$ours")" "" "$check"
}

bench_program() {
    local prog="$1" name cpython ours check ratio net
    name="$(basename "$prog" .py)"
    cpython=$(best_of "$bench_tmp/cpython" "${cpython_cmd[@]}" "$prog")
    ours=$(best_of "$bench_tmp/ours" "${ours_cmd[@]}" "$prog")
    check=$(compare_outputs "$cpython" "$ours")
    ratio=$(div "$cpython" "$ours")
    net="-"
    if [ "$ratio" != "-" ]; then
        net=$(div "$(awk -v a="$cpython" -v s="$startup_cpython" 'BEGIN { print a - s }')" \
                  "$(awk -v a="$ours" -v s="$startup_ours" 'BEGIN { print a - s }')")
    fi
    if [ "$check" = ok ]; then
        [ "$ratio" = "-" ] || bench_ratios+=("$ratio")
        [ "$net" = "-" ] || bench_nets+=("$net")
    else
        bench_failures=$((bench_failures + 1))
    fi
    bench_row "$name" "$cpython" "$ours" "$ratio" "$net" "$check"
}

bench_summary() {
    printf '%-24s %8s %8s %7s %7s  %s\n' "median (${#bench_ratios[@]} programs)" "" "" \
        "$(median "${bench_ratios[@]}")" "$(median "${bench_nets[@]}")" \
        "$([ "$bench_failures" -eq 0 ] && echo "all outputs identical" || echo "$bench_failures program(s) failed or differ, left out of the median")"
}
