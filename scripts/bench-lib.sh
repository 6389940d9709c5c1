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
# Each program runs $rounds rounds, a round being one CPython run then one
# run of ours, so both sides see the same swings of a busy machine's load.
# Columns: python3 and ours are the best wall time in seconds (start-up
# included); ratio = python3 / ours, above 1 means Interleave is faster; net
# is the same ratio after subtracting each interpreter's empty-program
# start-up (the start-up row), i.e. the ratio of the programs' own work; cpu
# is the ratio of the best user + sys CPU seconds (start-up included), which
# a loaded machine disturbs less than wall time.

bench_tmp="$(mktemp -d)"
trap 'rm -rf "$bench_tmp"' EXIT
bench_ratios=()
bench_nets=()
bench_cpus=()
bench_failures=0
startup_ours=0
startup_cpython=0
declare -A best_wall best_cpu failed

# children_cpu FILE -> user + sys seconds of finished children, from the
# output of the `times` builtin (its second line) saved in FILE
children_cpu() {
    awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/);
                   printf "%.3f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$1"
}

# run_one SIDE CMD... : runs CMD once (stdout to $bench_tmp/SIDE, stderr to
# $bench_tmp/SIDE.err) and keeps SIDE's best wall and CPU (user + sys)
# seconds; a non-zero exit marks SIDE failed. Runs in the current shell so
# that `times` sees the child's CPU time.
run_one() {
    local side="$1"; shift
    local t0 t1 c0 c1 wall cpu
    times > "$bench_tmp/times0"
    t0=$(date +%s.%N)
    "$@" > "$bench_tmp/$side" 2> "$bench_tmp/$side.err" || failed[$side]=1
    t1=$(date +%s.%N)
    times > "$bench_tmp/times1"
    c0=$(children_cpu "$bench_tmp/times0"); c1=$(children_cpu "$bench_tmp/times1")
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    cpu=$(awk -v a="$c0" -v b="$c1" 'BEGIN { printf "%.3f", b - a }')
    if [ -z "${best_wall[$side]:-}" ] || awk -v t="$wall" -v b="${best_wall[$side]}" 'BEGIN { exit !(t < b) }'; then
        best_wall[$side]=$wall
    fi
    if [ -z "${best_cpu[$side]:-}" ] || awk -v t="$cpu" -v b="${best_cpu[$side]}" 'BEGIN { exit !(t < b) }'; then
        best_cpu[$side]=$cpu
    fi
}

# measure PROG: $rounds rounds, each running CPython then ours, so both
# sides see the same swings of a busy machine's load; sets best_wall,
# best_cpu and failed for the sides cpython and ours.
measure() {
    local prog="$1" i
    best_wall=(); best_cpu=(); failed=()
    for ((i = 0; i < rounds; i++)); do
        [ -n "${failed[cpython]:-}" ] || run_one cpython "${cpython_cmd[@]}" "$prog"
        [ -n "${failed[ours]:-}" ] || run_one ours "${ours_cmd[@]}" "$prog"
    done
    if [ -n "${failed[cpython]:-}" ]; then best_wall[cpython]=fail; best_cpu[cpython]=fail; fi
    if [ -n "${failed[ours]:-}" ]; then best_wall[ours]=fail; best_cpu[ours]=fail; fi
}

# best_of SIDE CMD... -> prints the best wall time of $rounds runs, or fail
best_of() {
    local side="$1" i; shift
    best_wall[$side]=""; failed[$side]=""
    for ((i = 0; i < rounds; i++)); do run_one "$side" "$@"; done
    if [ -n "${failed[$side]:-}" ]; then echo fail; else echo "${best_wall[$side]}"; fi
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
    printf '%-24s %8s %8s %7s %7s %7s  %s\n' program python3 ours ratio net cpu check
}

# bench_row NAME CPYTHON OURS RATIO NET CPU CHECK
bench_row() {
    printf '%-24s %8s %8s %7s %7s %7s  %s\n' "$@"
}

# compare_outputs -> "ok", "OUTPUT DIFFERS" or a failure note
compare_outputs() {
    if [ -n "${failed[cpython]:-}" ]; then
        echo "CPYTHON FAILED: $(head -c 300 "$bench_tmp/cpython.err" | tail -n 1)"
    elif [ -n "${failed[ours]:-}" ]; then
        echo "OURS FAILED: $(head -c 300 "$bench_tmp/ours.err" | tail -n 1)"
    elif cmp -s "$bench_tmp/cpython" "$bench_tmp/ours"; then
        echo ok
    else
        echo "OUTPUT DIFFERS"
    fi
}

# bench_startup PROG: times the empty program; its wall times are
# subtracted in the net column of every later row.
bench_startup() {
    local prog="$1" check
    measure "$prog"
    check=$(compare_outputs)
    [ -n "${failed[cpython]:-}" ] || startup_cpython=${best_wall[cpython]}
    [ -n "${failed[ours]:-}" ] || startup_ours=${best_wall[ours]}
    bench_row "(start-up) $(basename "$prog" .py)" "${best_wall[cpython]}" "${best_wall[ours]}" \
        "$(div "${best_wall[cpython]}" "${best_wall[ours]}")" "" \
        "$(div "${best_cpu[cpython]}" "${best_cpu[ours]}")" "$check"
}

bench_program() {
    local prog="$1" name check ratio net cpu cpython ours
    name="$(basename "$prog" .py)"
    measure "$prog"
    check=$(compare_outputs)
    cpython=${best_wall[cpython]}; ours=${best_wall[ours]}
    ratio=$(div "$cpython" "$ours")
    cpu=$(div "${best_cpu[cpython]}" "${best_cpu[ours]}")
    net="-"
    if [ "$ratio" != "-" ]; then
        net=$(div "$(awk -v a="$cpython" -v s="$startup_cpython" 'BEGIN { print a - s }')" \
                  "$(awk -v a="$ours" -v s="$startup_ours" 'BEGIN { print a - s }')")
    fi
    if [ "$check" = ok ]; then
        [ "$ratio" = "-" ] || bench_ratios+=("$ratio")
        [ "$net" = "-" ] || bench_nets+=("$net")
        [ "$cpu" = "-" ] || bench_cpus+=("$cpu")
    else
        bench_failures=$((bench_failures + 1))
    fi
    bench_row "$name" "$cpython" "$ours" "$ratio" "$net" "$cpu" "$check"
}

bench_summary() {
    bench_row "median (${#bench_ratios[@]} programs)" "" "" \
        "$(median "${bench_ratios[@]}")" "$(median "${bench_nets[@]}")" "$(median "${bench_cpus[@]}")" \
        "$([ "$bench_failures" -eq 0 ] && echo "all outputs identical" || echo "$bench_failures program(s) failed or differ, left out of the median")"
}
