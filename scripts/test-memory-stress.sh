#!/usr/bin/env bash
# The memory-safety configurations of issue 10, run by `make test`:
#  1. release stress: the release binary with INTERLEAVE_RELEASE_STRESS=1,
#     which defers every nested object release to the per-thread bin
#     (Sources/Runtime/Memory/DeepRelease.swift), over the conformance
#     corpus and Tests/LibPrograms;
#  2. AddressSanitizer: the same corpus on a build with -sanitize=address
#     (its own scratch folder, .build-asan; Swift and C alike, so the heap
#     meter steps aside for the sanitizer's malloc), which catches any misuse of the
#     VM's unsafe buffers (frames, value stacks, instruction views) and any
#     use of a freed object. It runs with INTERLEAVE_GC_STRESS=1 as well,
#     so a cycle collection that freed a live object would be a
#     use-after-free the sanitizer reports;
#  3. collector stress: the release binary with INTERLEAVE_GC_STRESS=1,
#     which collects cycles every 509 instructions
#     (Sources/Runtime/Memory/CycleCollector.swift) and stops the process
#     if the collector's bookkeeping is ever inconsistent, over the
#     conformance corpus and Tests/LibPrograms.
# It also runs Tests/LibPrograms on the normal build: every program must
# pass but those in Tests/lib-programs-known-failures.txt.
#   scripts/test-memory-stress.sh BINARY [--no-asan]
set -uo pipefail
binary="${1:?usage: test-memory-stress.sh BINARY [--no-asan]}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
status=0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The library programs' verdicts under a configuration must be exactly the
# normal binary's (some programs fail today for reasons unrelated to memory) ...
"$here/lib-programs.sh" "$binary" | grep -E '^(FAIL|passed)' | sed 's/ (.*//' > "$tmp/normal"
# ... and every program passes on the normal build but the known failures.
known="$root/Tests/lib-programs-known-failures.txt"
while read -r verdict name; do
    [ "$verdict" = FAIL ] || continue
    if ! grep -qx "$name" "$known"; then
        echo "lib programs: $name fails (not in Tests/lib-programs-known-failures.txt)" >&2
        status=1
    fi
done < "$tmp/normal"
same_lib_verdicts() {  # same_lib_verdicts LABEL BINARY
    "$here/lib-programs.sh" "$2" | grep -E '^(FAIL|passed)' | sed 's/ (.*//' > "$tmp/$1"
    tail -1 "$tmp/$1" | sed "s/^/lib programs ($1): /"
    if ! cmp -s "$tmp/normal" "$tmp/$1"; then
        echo "memory stress: library program verdicts differ under $1:" >&2
        diff "$tmp/normal" "$tmp/$1" >&2
        return 1
    fi
}

echo "memory stress: release stress (every nested release deferred)"
INTERLEAVE_RELEASE_STRESS=1 "$here/conformance-check.sh" "$binary" | tail -1 || status=1
export INTERLEAVE_RELEASE_STRESS=1
same_lib_verdicts release-stress "$binary" || status=1
unset INTERLEAVE_RELEASE_STRESS

# A collection every 509 instructions walks the whole heap each time, so a
# program that loads many modules and then makes ~50 000 calls runs 5-10x
# slower (under AddressSanitizer, 6-7 s on an idle 2-core machine; a 700-step
# decimal sweep 30-40 s); the
# per-program timeout of the stress runs is raised so a busy CI machine
# judges behaviour, not speed.
export LIB_PROGRAMS_TIMEOUT=180
echo "memory stress: collector stress (a cycle collection every 509 instructions)"
INTERLEAVE_GC_STRESS=1 "$here/conformance-check.sh" "$binary" | tail -1 || status=1
export INTERLEAVE_GC_STRESS=1
same_lib_verdicts gc-stress "$binary" || status=1
unset INTERLEAVE_GC_STRESS

if [ "${2:-}" != "--no-asan" ]; then
    echo "memory stress: AddressSanitizer build"
    if ! (cd "$root" && swift build -c release --product interleave --scratch-path .build-asan \
            --sanitize=address > /tmp/interleave-asan-build.log 2>&1); then
        tail -20 /tmp/interleave-asan-build.log >&2
        echo "memory stress: the AddressSanitizer build failed" >&2
        exit 1
    fi
    asan="$root/.build-asan/release/interleave"
    export ASAN_OPTIONS="detect_leaks=0:abort_on_error=0:halt_on_error=1:exitcode=86"
    export INTERLEAVE_GC_STRESS=1
    "$here/conformance-check.sh" "$asan" | tail -1 || status=1
    same_lib_verdicts asan "$asan" || status=1
fi
exit $status
